//! Deutsch: every sentence Rust writes, as a German office reads it.

use super::FileTrouble;
use super::{
    as_sentence, conflict_clauses, days, first_problem, fit_in, grouped, rule_fired, slot_day,
    slot_times, specs, Because, Catalogue, Counted, ErrorWords, Invalid, Lang, NotAMove, PaperWord,
    PickWords, Unit,
};
use crate::domain::customer::CustomerPart;
use crate::domain::dates::Planned;
use crate::domain::holding::{CheckInCondition, DueKind, EndKind, HoldingState, MissingDecision};
use crate::domain::item::EventKind;
use crate::domain::limits::{HORIZON_DAYS, INVENTORY_DIGITS_MAX, YEAR_MAX, YEAR_MIN};
use crate::domain::matching::Fit;
use crate::domain::order::{OrderStatus, TransactionType};
use crate::domain::reason::{until, Reason};
use crate::domain::resource::{Conflict, ConflictKind, ResourceKind, StopKind};
use crate::domain::rules::Field;
use crate::domain::rules::FieldType;
use crate::domain::sheet::SheetKind;
use crate::domain::stock::{UnitAction, UnitCondition, Whereabouts};
use crate::domain::undo::Undo;
use crate::domain::HoldKind;
use crate::domain::ItemStatus;
use crate::read::candidates::Unpickable;
use crate::read::checklist::SetupStepKey;
use crate::read::holdings::NotRequestable;
use crate::read::line_fit::FitSummary;
use crate::read::moves::{Blocked, MoveLabel};
use crate::read::outcome::{Step, Went};
use crate::read::reports::{LateCause, ReportTable, ReportWord};
use crate::read::ColumnKey;
use crate::store::file::{Damage, Foreign};
use crate::{Refusal, RefusalKind};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

pub(super) struct German;

const TAKEN: &str =
    "eine übernommene Bestellung ändert sich auf der Übersicht, nicht durch einen Import";

const WEEKDAYS: [&str; 7] = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."];
const MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
];

impl German {
    fn refusal_kind(kind: RefusalKind) -> &'static str {
        match kind {
            RefusalKind::NothingToUndo => "Hier gibt es keinen eigenen Schritt rückgängig zu machen",
            RefusalKind::UndoOvertaken => {
                "Der Ablauf hat den Artikel nach Ihrem Schritt weiterbewegt; machen Sie ihn von Hand rückgängig"
            }
            RefusalKind::CannotUndo => "Dieser Schritt lässt sich nicht rückgängig machen",
            RefusalKind::NotOnHold => "Der Artikel ist nicht angehalten",
            RefusalKind::NotAShortage => {
                "Nur ein wegen Engpass angehaltener Artikel kann übergangen werden"
            }
            RefusalKind::NotReadyToComplete => "Die Bestellung ist noch nicht abschlussbereit",
            RefusalKind::NotSplittable => "Nur noch nicht geplante Artikel lassen sich abtrennen",
            RefusalKind::NotCancellable => {
                "Der Artikel ist unterwegs oder geliefert: erfassen Sie das Lieferergebnis oder eine Rückgabe"
            }
            RefusalKind::NoOpenItems => "Die Bestellung hat keine offenen Artikel",
            RefusalKind::SlotConflict => "Der Termin verstößt gegen die Planungsregeln",
            RefusalKind::NotMovable => "Nur eine geplante Lieferung lässt sich verschieben",
            RefusalKind::ShipsTogether => {
                "Die Bestellung wird gemeinsam geliefert und ist noch nicht ganz bereit"
            }
            RefusalKind::StockClash => "Ein reserviertes Gerät ist an diesem Tag anderswo unterwegs",
            RefusalKind::NoFreeSlot => "Kein freier Termin passt",
            RefusalKind::TooFarAhead => "Das Zeitfenster beginnt nach dem Planungshorizont",
            RefusalKind::Unavailable => "Nicht genug Geräte frei",
            RefusalKind::UnitRetired => "Das Gerät ist ausgemustert",
            RefusalKind::UnitOut => "Das Gerät ist bei einem Kunden",
            RefusalKind::UnitReserved => "Das Gerät ist für eine Bestellung reserviert",
            RefusalKind::UnitInRepair => "Das Gerät ist bereits in Reparatur",
            RefusalKind::UnitNotInRepair => "Das Gerät ist nicht in Reparatur",
            RefusalKind::NoShopOpen => {
                "Noch ist kein Geschäft geöffnet: richten Sie Ihr Geschäft ein oder sehen Sie sich die Demo an"
            }
            RefusalKind::NotSetUp => "Das Geschäft ist noch nicht eingerichtet",
            RefusalKind::AlreadySetUp => "Das Geschäft ist bereits eingerichtet",
            RefusalKind::ImportCancelled => "Der Import wurde abgebrochen; nichts wurde geschrieben",
            RefusalKind::DatabaseInUse => {
                "Ein anderes Programm hält die Datenbank: nichts wurde gespeichert; schließen Sie es und versuchen Sie es noch einmal"
            }
            RefusalKind::DatabaseReadOnly => {
                "Die Datenbank darf hier nicht beschrieben werden: nichts wurde gespeichert; machen Sie Datei und Ordner beschreibbar"
            }
            RefusalKind::DiskFull => "Der Datenträger ist voll: nichts wurde gespeichert; schaffen Sie Platz und versuchen Sie es noch einmal",
            RefusalKind::DatabaseDamaged => {
                "Die Datenbankdatei ist beschädigt: stellen Sie Ihre letzte Sicherung wieder her (Einstellungen → Sicherungen)"
            }
            RefusalKind::DatabaseNewer => {
                "Die Datei stammt von einer neueren equipflow-Version: öffnen Sie sie mit dieser Version"
            }
            RefusalKind::NotEquipflow => "Die Datei ist keine equipflow-Datenbank",
            RefusalKind::NotYourShop => "Nur die Datenbank Ihres eigenen Geschäfts wird aus einer Sicherung ersetzt",
        }
    }

    fn conflict(kind: ConflictKind) -> &'static str {
        match kind {
            ConflictKind::SpansDays => "der Termin reicht über mehr als einen Tag",
            ConflictKind::NotAWorkDay => "kein Arbeitstag",
            ConflictKind::DayOff => "ein freier Tag",
            ConflictKind::OutsideHours => "außerhalb der Arbeitszeit",
            ConflictKind::Capacity => "zu viel für die Kapazität",
            ConflictKind::Skill => "es fehlt eine nötige Fähigkeit",
            ConflictKind::OutsideWindow => "außerhalb des Zeitfensters des Empfängers",
            ConflictKind::Overlap => "überschneidet sich mit einer anderen Buchung",
            ConflictKind::TravelBuffer => "zu wenig Fahrzeit zwischen zwei Einsätzen",
        }
    }

    fn entity(entity: &str) -> &str {
        match entity {
            "item" => "Artikel",
            "order" => "Bestellung",
            "customer" => "Kunde",
            "person" => "Person",
            "address" => "Adresse",
            "service" => "Leistung",
            "product" => "Produkt",
            "rule" => "Regel",
            "resource" => "Ressource",
            "unit" | "stock unit" => "Gerät",
            "booking" => "Buchung",
            "delivery" => "Lieferung",
            "settings" => "Einstellungen",
            "recipient" => "Empfänger",
            "holding" => "Bestand",
            other => other,
        }
    }
}

impl Catalogue for German {
    fn reason(&self, r: &Reason) -> String {
        match r {
            Reason::Submitted => "Eingereicht".into(),
            Reason::OrderSubmitted { order } => format!("Bestellung {order} eingereicht"),
            Reason::RuleFired { rule, met, .. } => {
                rule_fired(self, rule, met, |field| format!("nicht {field}"))
            }
            Reason::NoProductToPick { service } => {
                format!("{service}: kein Produkt auszuwählen")
            }
            Reason::OnlyProductOffered { product, .. } => {
                format!("Einziges angebotenes Produkt: {product}")
            }
            Reason::OnlyProductMatching {
                specs: s, product, ..
            } => format!("Einziges passendes Produkt für {}: {product}", specs(s)),
            Reason::NoProductInCatalog => "Kein Produkt im Katalog für diese Leistung".into(),
            Reason::NoProductMatches { specs: s } => format!(
                "Kein Produkt passt zu {}; wählen Sie das nächstliegende",
                specs(s)
            ),
            Reason::ProductsMatch {
                count,
                specs: s,
                products,
            } => format!(
                "{count} Produkte passen zu {}: {}",
                if s.is_empty() {
                    "(keine Angaben)".to_string()
                } else {
                    specs(s)
                },
                products.join(", ")
            ),
            Reason::UnitComesBack { transaction_type } => format!(
                "{}: das Gerät kommt zurück, nichts zu reservieren",
                self.transaction_type(*transaction_type)
            ),
            Reason::NeedsNoStock { service } => format!("{service} braucht keinen Bestand"),
            Reason::Reserved {
                product,
                from,
                until,
                serials,
                ..
            } => format!(
                "Reserviert: {} × {product} ({}): {}",
                serials.len(),
                self.span(*from, *until),
                serials.join(", ")
            ),
            Reason::Shortage {
                product,
                wanted,
                free,
                from,
                unit_cents,
                currency,
                ..
            } => format!(
                "Engpass: {free} von {wanted} × {product} frei ab {} (je {}); warten, ersetzen oder übergehen",
                self.day(*from, true),
                self.money(*unit_cents, currency)
            ),
            Reason::NothingToConsolidate => {
                "Bestellung mit einem Artikel: nichts zusammenzuführen, zur Lieferung eingereiht"
                    .into()
            }
            Reason::Prepared { with_others: false } => "Vorbereitet: zur Lieferung eingereiht".into(),
            Reason::Prepared { with_others: true } => {
                "Vorbereitet: wird mit dem Rest der Lieferung versandt".into()
            }
            Reason::ScannedInstead { serial, instead_of } => {
                format!("{serial} statt {instead_of} gescannt: die Reservierung ging auf dieses Gerät über")
            }
            Reason::HeldBy { by, note } => format!("{note} ({by})"),
            Reason::Released { hold } => format!(
                "Halt aufgehoben: {}",
                hold.iter()
                    .map(|r| self.reason(r))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Reason::ShortageOverridden { by, note } => {
                format!("Engpass übergangen von {by}: {note}")
            }
            Reason::Approved { by } => format!("Genehmigt von {by}"),
            Reason::Rejected { note } => format!("Abgelehnt: {note}"),
            Reason::SubstitutePicked => "Engpass: Ersatz gewählt".into(),
            Reason::ProductPicked {
                by, product, fit: f, ..
            } => format!(
                "{by} wählte {product}: {}",
                self.fit(f)
            ),
            Reason::Cancelled { by, note } => format!("Storniert von {by}: {note}"),
            Reason::OrderCompleted { order, by } => {
                format!("Bestellung {order} abgeschlossen von {by}")
            }
            Reason::BackToPreparation { by } => {
                format!("Rückgängig von {by}: zurück in die Vorbereitung")
            }
            Reason::Unscheduled { by, undo } => format!(
                "{} von {by}: zurück in der Lieferwarteschlange",
                if *undo {
                    "Planung rückgängig gemacht"
                } else {
                    "Termin entfernt"
                }
            ),
            Reason::SplitOff { delivery, by } => {
                format!("In Lieferung {delivery} abgetrennt von {by}")
            }
            Reason::Booked { slot } => format!(
                "Gebucht bei {} am {} {}",
                slot.resource,
                slot_day(self, slot),
                slot_times(slot)
            ),
            Reason::Moved { slot } => format!(
                "Verschoben zu {} am {} {}",
                slot.resource,
                slot_day(self, slot),
                slot_times(slot)
            ),
            Reason::ReservationExtended {
                serial,
                from,
                until,
            } => format!(
                "Reservierung von Gerät {serial} deckt jetzt {} ab, den Liefertag eingeschlossen",
                self.span(*from, *until)
            ),
            Reason::Dispatched { by } => format!("Losgeschickt von {by}"),
            Reason::Delivered { by } => format!("Geliefert von {by}"),
            Reason::DeliveryFailed { note } => format!("Lieferung fehlgeschlagen: {note}"),
            Reason::WayBackRequested {
                transaction_type,
                holding,
                ends,
                note,
            } => {
                let what = match transaction_type {
                    TransactionType::Return => "Rückgabe angefragt",
                    TransactionType::Swap => "Tausch angefragt",
                    TransactionType::Change => "Änderung angefragt",
                    TransactionType::Cancellation => "Kündigung angefragt",
                    TransactionType::Order => "Bestellt",
                };
                let mut out = format!("{what} für {holding}");
                if let Some(d) = ends {
                    out.push_str(&format!(", endet {}", self.day(*d, true)));
                }
                if !note.is_empty() {
                    out.push_str(&format!(": {note}"));
                }
                out
            }
            Reason::TakesBackHolding { holding } => {
                format!("Nimmt {holding} zurück; nichts auszuwählen")
            }
            Reason::ReplacedBy {
                transaction_type,
                product,
                ..
            } => match transaction_type {
                TransactionType::Change => format!("Ändert auf {product}"),
                _ => format!("Tauscht gegen {product}"),
            },
            Reason::OtherCategoryAllowed { from, to, note } => {
                format!("Tausch von {from} gegen {to}, andere Kategorie, erlaubt: {note}")
            }
            Reason::Collected { by } => format!("Abgeholt von {by}; zur Rücknahme"),
            Reason::CheckedIn { by, conditions } => {
                format!("Zurückgenommen von {by}: {}", conditions.join(", "))
            }
            Reason::Text { text } => text.clone(),
        }
    }

    fn status(&self, s: ItemStatus) -> &'static str {
        match s {
            ItemStatus::New => "Neu",
            ItemStatus::AwaitingApproval => "Wartet auf Genehmigung",
            ItemStatus::NeedsAssignment => "Zuordnung nötig",
            ItemStatus::Assigned => "Zugeordnet",
            ItemStatus::Preparing => "In Vorbereitung",
            ItemStatus::Ready => "Lieferbereit",
            ItemStatus::Scheduled => "Geplant",
            ItemStatus::InDelivery => "In Zustellung",
            ItemStatus::Collected => "Abgeholt",
            ItemStatus::Delivered => "Geliefert",
            ItemStatus::Completed => "Abgeschlossen",
            ItemStatus::Cancelled => "Storniert",
        }
    }

    fn column(&self, key: ColumnKey) -> (&'static str, &'static str) {
        match key {
            ColumnKey::Approval => (
                "Genehmigung",
                "Eine Regel verlangt die Genehmigung einer Person",
            ),
            ColumnKey::Assignment => (
                "Zuordnung",
                "Kein eindeutiger Katalogtreffer: Produkt wählen",
            ),
            ColumnKey::Preparation => (
                "Vorbereitung",
                "Bestand reserviert; kommissionieren, packen, einrichten",
            ),
            ColumnKey::DeliveryQueue => (
                "Lieferwarteschlange",
                "Vorbereitet; eine Bestellung geht raus, wenn alle Artikel bereit sind",
            ),
            ColumnKey::Scheduled => ("Geplant", "Hat einen Termin bei Fahrer oder Techniker"),
            ColumnKey::InDelivery => ("In Zustellung", "Unterwegs mit Fahrer oder Techniker"),
            ColumnKey::CheckIn => (
                "Rücknahme",
                "Abgeholt; jedes Gerät mit seinem Zustand zurück einscannen",
            ),
            ColumnKey::ReadyToComplete => (
                "Abschlussbereit",
                "Geliefert; die Bestellung abschließen, wenn alle Artikel es sind",
            ),
            ColumnKey::Done => (
                "Erledigt",
                "In den letzten 7 Tagen abgeschlossen oder storniert",
            ),
        }
    }

    fn order_status(&self, s: OrderStatus) -> &'static str {
        match s {
            OrderStatus::NeedsAttention => "Braucht Aufmerksamkeit",
            OrderStatus::InProgress => "In Arbeit",
            OrderStatus::ReadyForDelivery => "Lieferbereit",
            OrderStatus::InDelivery => "In Zustellung",
            OrderStatus::ReadyToComplete => "Abschlussbereit",
            OrderStatus::Completed => "Abgeschlossen",
            OrderStatus::Cancelled => "Storniert",
        }
    }

    fn step(&self, kind: EventKind) -> &'static str {
        match kind {
            EventKind::Created => "Angelegt",
            EventKind::Transition => "Bewegt",
            EventKind::Hold => "Angehalten",
            EventKind::Release => "Halt aufgehoben",
            EventKind::Split => "Abgetrennt",
            EventKind::Reschedule => "Umgeplant",
        }
    }

    fn step_done(&self, step: Step) -> &'static str {
        match step {
            Step::PutOnHold => "Angehalten",
            Step::ShortageOverridden => "Engpass übergangen",
            Step::HoldReleased => "Halt aufgehoben",
            Step::Rescheduled => "Umgeplant",
            Step::SplitOff => "Abgetrennt",
            Step::Submitted => "Eingereicht",
            Step::Overridden => "Übergangen",
            Step::Rejected => "Abgelehnt",
            Step::Cancelled => "Storniert",
            Step::Approved => "Genehmigt",
            Step::Assigned => "Zugeordnet",
            Step::Prepared => "Vorbereitet",
            Step::MovedBack => "Zurückgesetzt",
            Step::Scheduled => "Geplant",
            Step::Dispatched => "Losgeschickt",
            Step::Delivered => "Geliefert",
            Step::Completed => "Abgeschlossen",
            Step::Moved => "Bewegt",
            Step::Saved => "Gespeichert",
        }
    }

    fn undo(&self, u: Undo) -> &'static str {
        match u {
            Undo::BackToPreparing => "Zurück in Vorbereitung",
            Undo::Unschedule => "Vom Plan nehmen, zurück nach Lieferbereit",
            Undo::Release => "Halt aufheben",
        }
    }

    fn went(&self, item_ref: &str, went: Went, status: ItemStatus) -> String {
        let status = self.status(status);
        match went {
            Went::On => format!("{item_ref} ging weiter zu „{status}“"),
            Went::Back => format!("{item_ref} ging zurück zu „{status}“"),
            Went::To => format!("{item_ref} ist jetzt „{status}“"),
            Went::Stays => format!("{item_ref} bleibt „{status}“"),
        }
    }

    fn on_hold(&self) -> &'static str {
        "angehalten"
    }

    fn refusal(&self, r: &Refusal) -> String {
        let said = match &r.why {
            Some(why) => self.because(why),
            None => German::refusal_kind(r.kind).to_string(),
        };
        // A refusal that words its conflicts says them with their details already.
        if r.conflicts.is_empty() || r.why.is_some() {
            return said;
        }
        let each: Vec<&str> = r.conflicts.iter().map(|k| German::conflict(*k)).collect();
        format!("{said}: {}", each.join("; "))
    }

    fn error(&self, e: &ErrorWords<'_>) -> String {
        match *e {
            ErrorWords::NotFound { entity, id } => {
                format!("{} {id} existiert nicht", German::entity(entity))
            }
            ErrorWords::Conflict { entity, id, .. } => format!(
                "{} {id} wurde inzwischen von jemand anderem geändert; neu laden und noch einmal versuchen",
                German::entity(entity)
            ),
            ErrorWords::OnHold { position, reasons } => format!(
                "der Artikel ist angehalten ({}); heben Sie den Halt zuerst auf",
                self.held(position, &Lang::De.reasons(reasons))
            ),
            ErrorWords::IllegalTransition { from, to, reason } => format!(
                "von „{}“ nach „{}“ geht es nicht: {}",
                self.status(from),
                self.status(to),
                self.not_a_move(reason)
            ),
        }
    }

    fn invalid(&self, why: &Invalid) -> String {
        match why {
            Invalid::Required => "muss ausgefüllt sein".into(),
            Invalid::ControlCharacters => "enthält Steuerzeichen".into(),
            Invalid::TooLong { n, max } => {
                format!("ist {n} Zeichen lang; höchstens {max} sind erlaubt")
            }
            Invalid::NotADate { got } => format!("muss ein Datum wie 2026-12-01 sein, nicht {got}"),
            Invalid::NotATime { got } => {
                format!("muss eine Zeit wie 2026-12-01T09:00:00Z sein, nicht {got}")
            }
            Invalid::NotAnAmount { got } => {
                format!("{got} ist kein Betrag; schreiben Sie ihn wie 1299,00")
            }
            Invalid::Negative => "darf nicht negativ sein".into(),
            Invalid::TooManyDecimals { got } => format!("{got} hat mehr als zwei Nachkommastellen"),
            Invalid::OutOfRange {
                min,
                max,
                unit,
                got,
            } => {
                let unit = match unit {
                    Unit::None => "",
                    Unit::Units => " Stück",
                    Unit::Days => " Tage",
                    Unit::Minutes => " Minuten",
                };
                format!("muss {min}–{max}{unit} sein, nicht {got}")
            }
            Invalid::NoSuch { entity, id } => {
                format!("{} {id} gibt es nicht", German::entity(entity))
            }
            // — domain —
            Invalid::KeyCharacter { bad } if bad.is_whitespace() => {
                "darf nur Buchstaben, Ziffern, '-', '_', '.' und '/' enthalten, keine Leerzeichen"
                    .into()
            }
            Invalid::KeyCharacter { bad } => format!(
                "darf nur Buchstaben, Ziffern, '-', '_', '.' und '/' enthalten, nicht {bad:?}"
            ),
            Invalid::TooMuch { max_cents } => {
                format!("darf höchstens {} betragen", grouped(*max_cents, '.', ','))
            }
            Invalid::CodeTaken { code, of } => format!("{code} ist bereits der Code von {of}"),
            Invalid::SkuTaken { sku, of } => {
                format!("{sku} ist bereits die Artikelnummer von {of}")
            }
            Invalid::RecurringWithoutMonthly => {
                "eine wiederkehrende Leistung braucht monatliche Kosten".into()
            }
            Invalid::OneTimeWithMonthly => {
                "eine einmalige Leistung hat keine monatlichen Kosten; markieren Sie sie als wiederkehrend"
                    .into()
            }
            Invalid::NoSuchCategory { got, known } if known.is_empty() => format!(
                "kein Produkt gehört zur Kategorie {got}; legen Sie zuerst ein Produkt dieser Kategorie an"
            ),
            Invalid::NoSuchCategory { got, known } => format!(
                "kein Produkt gehört zur Kategorie {got}; die Kategorien sind {}",
                known.join(", ")
            ),
            Invalid::TooMany { what, n, max } => {
                let things = match what {
                    Counted::SpecKeys => "nötige Angaben",
                    Counted::Services => "Leistungen",
                    Counted::Specs => "Angaben",
                    Counted::Skills => "Fähigkeiten",
                    Counted::DaysOff => "freie Tage",
                    Counted::Conditions => "Bedingungen",
                };
                format!("es sind {n} {things}; höchstens {max} sind erlaubt")
            }
            Invalid::SpecKeysWithoutCategory => {
                "nötige Angaben wählen ein Produkt aus: geben Sie der Leistung zuerst eine Produktkategorie"
                    .into()
            }
            Invalid::ListedTwice { what } => format!("{what} steht zweimal in der Liste"),
            Invalid::SpecTwice { key } => format!("die Angabe {key:?} kommt zweimal vor"),
            Invalid::PrerequisiteCircle { basic, path } => format!(
                "{basic} setzt diese Leistung bereits voraus ({}): Basisleistungen dürfen sich nicht im Kreis voraussetzen",
                path.join(" → ")
            ),
            Invalid::ArchivedAlready { name } => format!("{name} ist bereits archiviert"),
            Invalid::StillNeeded { name, by } => format!(
                "{name} ist Basis- oder verknüpfte Leistung von {}; nehmen Sie sie dort zuerst heraus",
                by.join(", ")
            ),
            Invalid::NotArchived { name } => format!("{name} ist nicht archiviert"),
            Invalid::NeedsArchived { names } if names.len() == 1 => format!(
                "die vorausgesetzte oder verknüpfte Leistung {} ist archiviert; stellen Sie sie zuerst wieder her oder nehmen Sie sie heraus",
                names.join(", ")
            ),
            Invalid::NeedsArchived { names } => format!(
                "die vorausgesetzten oder verknüpften Leistungen {} sind archiviert; stellen Sie sie zuerst wieder her oder nehmen Sie sie heraus",
                names.join(", ")
            ),
            Invalid::SpecNameCharacters { got } => format!(
                "der Name der Angabe {got} darf nur Buchstaben, Ziffern, '_' und '-' enthalten"
            ),
            Invalid::ListsItself { name } => format!("{name} kann sich nicht selbst aufführen"),
            Invalid::IsArchived { name } => {
                format!("{name} ist archiviert; stellen Sie die Leistung zuerst wieder her")
            }
            Invalid::ProductLowerBound => {
                "ein Produkt nennt, was es hat, keine Untergrenze".into()
            }
            Invalid::SpecWithoutName => "jede Angabe braucht einen Namen".into(),
            Invalid::BoundNotANumber { got } => {
                format!("nach \">=\" muss eine Zahl stehen, nicht {got}")
            }
            Invalid::NoConditions => "eine Regel braucht mindestens eine Bedingung".into(),
            Invalid::OperatorDoesNotApply { field, op } => format!(
                "{} ist ein {}: der Operator {} passt nicht dazu",
                self.field(*field),
                match field.field_type() {
                    FieldType::Number => "Zahlenfeld",
                    FieldType::Bool => "Ja/Nein-Feld",
                    FieldType::Text => "Textfeld",
                },
                op.symbol()
            ),
            Invalid::NotFinite => "muss eine endliche Zahl sein".into(),
            Invalid::TakesOtherType { field } => format!(
                "{} erwartet {}",
                self.field(*field),
                match field.field_type() {
                    FieldType::Number => "eine Zahl",
                    FieldType::Bool => "ja oder nein",
                    FieldType::Text => "einen Text",
                }
            ),
            Invalid::NotAClockTime { got } => {
                format!("muss eine Uhrzeit wie 08:00 sein, nicht {got}")
            }
            Invalid::EndsNotAfterStart { end, start } => format!(
                "endet um {} und damit nicht nach dem Beginn um {}",
                end.format("%H:%M"),
                start.format("%H:%M")
            ),
            Invalid::WorkDays => {
                "wählen Sie einen bis sieben Tage, von 1 (Montag) bis 7 (Sonntag)".into()
            }
            Invalid::NotAWholePath { got } => format!(
                "muss ein vollständiger Pfad sein, etwa /home/anna/Backups oder D:\\Backups, nicht {got}"
            ),
            Invalid::NotACurrency { got } => {
                format!("muss ein Währungscode aus drei Buchstaben wie EUR oder CHF sein, nicht {got}")
            }
            Invalid::NumberCharacters { got } => {
                format!("darf nur {NUMBER_CHARS} enthalten, nicht {got}")
            }
            Invalid::NoRunningNumber { got } => format!(
                "braucht die laufende Nummer {{seq}} oder {{seq:05}}, wie in INV-{{seq:05}}, nicht {got}"
            ),
            Invalid::RunningNumberOpen => "hat ein {seq ohne die schließende Klammer }".into(),
            Invalid::RunningNumberPadding { got } => format!(
                "füllt die laufende Nummer als {{seq:0N}} mit N von 1 bis {INVENTORY_DIGITS_MAX} auf, nicht {{seq{got}}}"
            ),
            Invalid::OneRunningNumber => "darf nur eine laufende Nummer {seq} enthalten".into(),
            Invalid::NumberCharacterAround { bad } => {
                format!("darf um {{seq}} herum nur {NUMBER_CHARS} enthalten, nicht {bad:?}")
            }
            Invalid::CustomerNumberCharacters { got } => format!(
                "darf nur Buchstaben, Ziffern und - _ . / enthalten (keine Leerzeichen), nicht {got}"
            ),
            Invalid::NotAnEmail { got } => {
                format!("muss eine E-Mail-Adresse wie name@example.com sein, nicht {got}")
            }
            Invalid::PhoneCharacter { bad, got } => format!(
                "darf nur Ziffern, Leerzeichen, ein + am Anfang und - ( ) / . enthalten — {bad:?} gehört nicht dazu (eingegeben: {got})"
            ),
            Invalid::PhoneDigits { got } => format!("braucht 5 bis 15 Ziffern, hat aber {got}"),
            Invalid::YearOutOfRange { day } => format!(
                "{} ist kein Datum, für das das Geschäft planen kann: wählen Sie eines zwischen {YEAR_MIN} und {YEAR_MAX}",
                self.day(*day, true)
            ),
            Invalid::Past { what, day, today } => format!(
                "{}: das liegt in der Vergangenheit (heute ist {})",
                planned(*what, &self.day(*day, true)),
                self.day(*today, true)
            ),
            Invalid::BeyondHorizon { what, day, last } => format!(
                "{}: das liegt mehr als {HORIZON_DAYS} Tage in der Zukunft (geplant wird bis {})",
                planned(*what, &self.day(*day, true)),
                self.day(*last, true)
            ),
            Invalid::WindowEndsBeforeStart { start, end } => format!(
                "endet am {}, also vor seinem Beginn am {}",
                self.day(*end, true),
                self.day(*start, true)
            ),
            Invalid::NotACountry { got } => {
                format!("muss ein Ländercode nach ISO 3166 wie DE oder AT sein, nicht {got}")
            }
            Invalid::SheetUtf16 => {
                "ist UTF-16-Text; speichern Sie die Datei in der Tabellenkalkulation als „CSV UTF-8“"
                    .into()
            }
            Invalid::SheetNotUtf8 { line } => format!(
                "ist kein UTF-8-Text (Zeile {line} enthält ein Byte, das UTF-8 nicht kennt); speichern Sie die Datei in der Tabellenkalkulation als „CSV UTF-8“"
            ),
            Invalid::SheetHeaderUnreadable { error } => {
                format!("hat eine Kopfzeile, die sich nicht lesen lässt: {error}")
            }
            Invalid::SheetEmpty { kind } => format!(
                "ist leer; die erste Zeile nennt die Spalten: {}",
                kind.columns().join(", ")
            ),
            Invalid::SheetUnknownColumn { kind, got } => format!(
                "hat eine Spalte {got:?}, die es in einer Datei „{}“ nicht gibt; die Spalten sind {}",
                sheet_title(*kind),
                kind.columns().join(", ")
            ),
            Invalid::SheetColumnTwice { column } => format!("hat die Spalte {column} zweimal"),
            Invalid::SheetNoKeyColumn { kind } => format!(
                "hat keine Spalte {}, über die jede Zeile ihren Eintrag findet; die Spalten sind {}",
                kind.key(),
                kind.columns().join(", ")
            ),
            Invalid::CannotCreateFolder { dir, error } => {
                format!("{dir} lässt sich nicht anlegen: {error}")
            }
            Invalid::CannotOpen { file, error } => {
                format!("{file} lässt sich nicht öffnen: {error}")
            }
            Invalid::NoFileAt { path } => format!("unter {path} gibt es keine Datei"),
            // — usecases —
            Invalid::NotAWayBack => {
                "wählen Sie Rückgabe, Tausch, Änderung oder Kündigung; eine neue Bestellung beginnt in der Übersicht".into()
            }
            Invalid::ChooseHolding => "wählen Sie mindestens etwas, das der Kunde hat".into(),
            Invalid::TooManyHoldings { n, max } => {
                format!("{n} ausgewählt; höchstens {max} auf einmal")
            }
            Invalid::ChosenTwice { what } => format!("{what} ist doppelt ausgewählt"),
            Invalid::OtherCustomers {
                holding,
                customer,
                first,
            } => format!(
                "{holding} gehört {customer}, nicht {first}: immer nur ein Kunde auf einmal"
            ),
            Invalid::NoLongerHeld { holding, state } => {
                let state = match state {
                    HoldingState::Active => "aktiv",
                    HoldingState::ReturnRequested => "zur Rückgabe angemeldet",
                    HoldingState::Returned => "zurückgegeben",
                    HoldingState::Ended => "beendet",
                };
                format!("{holding} ist {state}: der Kunde hat es nicht mehr")
            }
            Invalid::CameBackWithout { holding, missing } => format!(
                "{holding} kam ohne {} zurück: entscheiden Sie zuerst über das Fehlende",
                missing.join(", ")
            ),
            Invalid::UnderWayAlready { order, holding } => {
                format!("für {holding} läuft bereits Bestellung {order}")
            }
            Invalid::NotRecurring { holding } => format!(
                "{holding} ist keine wiederkehrende Leistung; melden Sie stattdessen eine Rückgabe an"
            ),
            Invalid::EndsBeforeStart {
                ends,
                holding,
                started,
            } => format!(
                "endet am {}, bevor {holding} begann ({})",
                self.day(*ends, true),
                self.day(*started, true)
            ),
            Invalid::ChooseProductFor { holding } => {
                format!("wählen Sie das Produkt, zu dem {holding} wechselt")
            }
            Invalid::NoProductToDeliver { id } => {
                format!("es gibt kein lieferbares Produkt {id}")
            }
            Invalid::HasThatProduct { product } => format!(
                "{product} hat der Kunde bereits; eine Änderung liefert ein anderes Produkt"
            ),
            Invalid::OtherCategory {
                product,
                category,
                holding,
                was,
            } => format!(
                "{product} gehört zur Kategorie {category}, {holding} zu {was}: eine andere Kategorie braucht Ihre Begründung"
            ),
            Invalid::ChooseCustomer => "wählen Sie einen Kunden".into(),
            Invalid::ChooseRecipient => "wählen Sie, wer die Bestellung erhält".into(),
            Invalid::CustomerArchived { customer } => format!(
                "{customer} ist archiviert; holen Sie den Kunden unter „Kunden“ zurück, um für ihn zu bestellen"
            ),
            Invalid::RecipientOfOther { id } => {
                format!("Empfänger {id} gehört zu einem anderen Kunden")
            }
            Invalid::RecipientArchived { name } => format!(
                "{name} ist archiviert; wählen Sie jemand anderen, der die Bestellung erhält"
            ),
            Invalid::NoItems => "eine Bestellung braucht mindestens einen Artikel".into(),
            Invalid::TooManyItems { n, max } => {
                format!("{n} Artikel; höchstens {max} pro Bestellung")
            }
            Invalid::ChooseService => "wählen Sie eine Leistung".into(),
            Invalid::ServiceArchived { service } => {
                format!("{service} ist archiviert und kann nicht mehr bestellt werden")
            }
            Invalid::WayBackFromHoldings => "Rückgabe, Tausch, Änderung und Kündigung beginnen bei dem, was der Kunde hat (Kunden, Beim Kunden)".into(),
            Invalid::NotInCatalog => "ist kein Produkt aus dem Katalog".into(),
            Invalid::ArchivedForReceipt => {
                "ist archiviert; holen Sie es im Katalog zurück, um Geräte davon einzubuchen"
                    .into()
            }
            Invalid::NothingScanned => "es wurde nichts zum Einbuchen gescannt".into(),
            Invalid::TooManyScans { n, max } => {
                format!("hat {n} Scans; höchstens {max} werden auf einmal eingebucht")
            }
            Invalid::AlreadyThere { serial } => format!("{serial} ist bereits dort"),
            Invalid::NothingToSplit => "wählen Sie mindestens einen Artikel zum Abtrennen".into(),
            Invalid::TooManyToSplit { n, max } => {
                format!("{n} Artikel; höchstens {max} lassen sich auf einmal abtrennen")
            }
            Invalid::ItemListedTwice { item } => format!("Artikel {item} ist doppelt aufgeführt"),
            Invalid::SplitsEverything => {
                "wenn alle offenen Artikel abgetrennt werden, bleibt nichts, wovon sie sich trennen".into()
            }
            Invalid::NotInOrder { item, order } => {
                format!("Artikel {item} gehört nicht zu Bestellung {order}")
            }
            Invalid::SlotEndsNotAfterStart { end, start } => format!(
                "endet {} {}, nicht nach dem Beginn {} {}",
                self.day(end.date(), true),
                end.format("%H:%M"),
                self.day(start.date(), true),
                start.format("%H:%M")
            ),
            Invalid::DearerSayWhy {
                product,
                cents,
                currency,
            } => format!(
                "{product} kostet je {} mehr; begründen Sie es in einer Notiz",
                self.money(*cents, currency)
            ),
            Invalid::ProductArchived { product } => {
                format!("{product} ist archiviert; wählen Sie ein anderes Produkt")
            }
            Invalid::NotOffered {
                product,
                category,
                service,
            } => format!(
                "{product} gehört zur Kategorie {category}, die {service} nicht anbietet"
            ),
            Invalid::SayWhyDecided { decision } => format!(
                "begründen Sie, warum das Gerät {}",
                match decision {
                    MissingDecision::FoundGood => "gefunden und in Ordnung ist",
                    MissingDecision::FoundDamaged => "gefunden und beschädigt ist",
                    MissingDecision::WrittenOff => "abgeschrieben wird",
                    MissingDecision::Charged => "dem Kunden berechnet wird",
                }
            ),
            Invalid::SayWhyCondition { condition } => format!(
                "begründen Sie, warum das Gerät {}",
                match condition {
                    CheckInCondition::Good => "in Ordnung ist",
                    CheckInCondition::Damaged => "beschädigt ist",
                    CheckInCondition::Missing => "fehlt",
                }
            ),
            Invalid::DecidedAlready { serial } => {
                format!("über {serial} ist bereits entschieden")
            }
            Invalid::NotMissing { serial } => format!("{serial} fehlt nicht"),
            Invalid::NoUnitIn { holding, unit } => format!("{holding} hat kein Gerät {unit}"),
            Invalid::StillToCheckIn { serials } => {
                format!("noch zurückzunehmen: {}", serials.join(", "))
            }
            Invalid::OnlyWayBackChecksIn => {
                "zurückgenommen wird nur bei Rückgabe, Tausch oder Änderung".into()
            }
            Invalid::NumberTaken { number, owner } => {
                format!("{number} ist bereits die Nummer von {owner}")
            }
            Invalid::PartArchivedAlready { part, archived } => format!(
                "{} ist {}",
                match part {
                    CustomerPart::Customer => "dieser Kunde",
                    CustomerPart::Person => "diese Person",
                    CustomerPart::Address => "diese Adresse",
                },
                if *archived {
                    "bereits archiviert"
                } else {
                    "nicht archiviert"
                }
            ),
            Invalid::CatalogArchivedAlready { name, archived } => format!(
                "{name} ist {}",
                if *archived {
                    "bereits archiviert"
                } else {
                    "nicht archiviert"
                }
            ),
            Invalid::OnOrderItems { n } => format!(
                "es steht bereits auf {}; archivieren Sie es und legen Sie in der anderen Kategorie ein neues an",
                if *n == 1 {
                    "einer Bestellposition".to_string()
                } else {
                    format!("{n} Bestellpositionen")
                }
            ),
            Invalid::CannotWrite { folder, error } => {
                format!("in {folder} kann nicht geschrieben werden: {error}")
            }
            Invalid::NotOnOrAfter { from, to } => format!(
                "muss am oder nach dem Beginn ({}) liegen, nicht {}",
                self.day(*from, true),
                self.day(*to, true)
            ),
            Invalid::ReportTooLong { max } => {
                format!("ein Bericht umfasst höchstens {max} Tage")
            }
            Invalid::AtMostAtOnce { n, max } => {
                format!("höchstens {max} Artikel auf einmal, nicht {n}")
            }
            Invalid::NoProductOfCategory { category } => {
                format!("kein Produkt der Kategorie {category} wird angeboten")
            }
            // — prepare —
            Invalid::ScannedTwice { serial, line } => {
                format!("Doppelt gescannt: Zeile {line} hat {serial} schon")
            }
            Invalid::UnknownSerial { serial } => {
                format!("Unbekannte Seriennummer: kein Gerät im Lager hat {serial}")
            }
            Invalid::OtherProduct { serial, is, needs } => {
                format!("{serial} ist ein Gerät „{is}“; dieser Artikel braucht „{needs}“")
            }
            Invalid::UnitInRepair { serial } => format!("{serial} ist in Reparatur"),
            Invalid::UnitRetired { serial } => format!("{serial} ist ausgemustert"),
            Invalid::UnitOutWith {
                serial,
                customer,
                order_number,
            } => format!("{serial} ist unterwegs bei {customer} (Bestellung {order_number})"),
            Invalid::UnitReservedFor {
                serial,
                order_number,
                customer,
                span,
            } => format!(
                "{serial} ist für Bestellung {order_number} reserviert ({customer}, {})",
                self.span(span.start, crate::domain::reason::until(span))
            ),
            Invalid::OneTooMany { units: 1 } => {
                "Eines zu viel: das eine Gerät des Artikels ist schon gescannt".into()
            }
            Invalid::OneTooMany { units } => {
                format!("Eines zu viel: alle {units} Geräte des Artikels sind schon gescannt")
            }
            Invalid::ScansOnlyWhilePreparing { status } => format!(
                "werden beim Vorbereiten genommen; dieser Artikel ist „{}“",
                self.status(*status)
            ),
            Invalid::TakesNoUnits => {
                "sind für Geräte aus dem Lager; dieser Artikel nimmt keine".into()
            }
            Invalid::TooManyToPrepare { n, max } => {
                format!("hat {n} Scans; höchstens {max} werden auf einmal genommen")
            }
            Invalid::ScanMore { missing } => match missing.len() {
                1 => format!("Noch 1 Gerät scannen: {}", missing[0]),
                n if n <= 3 => format!("Noch {n} Geräte scannen: {}", missing.join(", ")),
                n => format!("Noch {n} Geräte scannen"),
            },
            Invalid::ScanFirst { reserved } => match reserved.len() {
                1 => format!(
                    "sind nötig: scannen Sie zuerst das für diesen Artikel reservierte Gerät ({})",
                    reserved[0]
                ),
                n if n <= 3 => format!(
                    "sind nötig: scannen Sie zuerst die {n} für diesen Artikel reservierten Geräte ({})",
                    reserved.join(", ")
                ),
                n => format!(
                    "sind nötig: scannen Sie zuerst die {n} für diesen Artikel reservierten Geräte"
                ),
            },
            // — import —
            Invalid::OneOf { got, all } if got.is_empty() => {
                format!("muss ausgefüllt sein: eines von {}", all.join(", "))
            }
            Invalid::OneOf { got, all } => format!("{got} ist keines von {}", all.join(", ")),
            Invalid::OnRowAlready { what, first } => format!("{what} steht schon in Zeile {first}"),
            Invalid::LineOnRowAlready { line, order, first } => {
                format!("Position {line} von {order} steht schon in Zeile {first}")
            }
            Invalid::DiffersFromFirstRow { first, order } => format!(
                "weicht von Zeile {first} ab, der ersten Zeile {}; leer lassen oder dasselbe schreiben",
                if *order { "der Bestellung" } else { "des Kunden" }
            ),
            Invalid::TakenLineDiffers { was, order } => {
                format!("ist {was} in der schon übernommenen Bestellung {order}; {TAKEN}")
            }
            Invalid::TakenHasNoLine { order, line } => {
                format!("die schon übernommene Bestellung {order} hat keine Position {line}; {TAKEN}")
            }
            Invalid::TooManyLines { order, max } => {
                format!("{order} hat mehr als {max} Positionen; höchstens {max} je Bestellung")
            }
            Invalid::CustomerNumberRequired => "muss ausgefüllt sein: die Kundennummer".into(),
            Invalid::NoCustomerNumbered { got } => format!("kein Kunde hat die Nummer {got}"),
            Invalid::RecipientRequired => {
                "muss ausgefüllt sein: wer die Bestellung empfängt, mit E-Mail oder Name".into()
            }
            Invalid::NotTheirPerson {
                got,
                customer,
                people,
            } => match people.is_empty() {
                true => format!("{got} gehört nicht zu den Personen von {customer} (es gibt noch keine)"),
                false => format!(
                    "{got} gehört nicht zu den Personen von {customer}: {}",
                    people.join(", ")
                ),
            },
            Invalid::SeveralPeople {
                n,
                customer,
                got,
                by_email: true,
            } => format!(
                "{n} Personen von {customer} haben die E-Mail {got}; schreiben Sie ihren Namen"
            ),
            Invalid::SeveralPeople {
                n,
                customer,
                got,
                by_email: false,
            } => format!("{n} Personen von {customer} heißen {got}; schreiben Sie ihre E-Mail"),
            Invalid::NotAWholeNumber { min, max, got } => {
                format!("muss eine ganze Zahl von {min} bis {max} sein, nicht {got}")
            }
            Invalid::WayBackInFile { kind } => format!(
                "{}: geht von dem aus, was der Kunde hat (Kunden, Bestand); eine Datei bringt nur Bestellungen",
                self.transaction_type(*kind)
            ),
            Invalid::NotAnOrderKind { got } => {
                format!("{got} ist keine Bestellung; eine Datei bringt nur Bestellungen")
            }
            Invalid::ServiceCodeRequired => "muss ausgefüllt sein: der Code der Leistung".into(),
            Invalid::NoServiceCoded { got } => format!("keine Leistung hat den Code {got}"),
            Invalid::NoAddressOnFile { customer } => {
                format!("muss ausgefüllt sein: für {customer} ist keine Adresse hinterlegt")
            }
            Invalid::CategoryOnOrders => {
                "sie steht schon in Bestellungen; archivieren Sie sie und legen Sie eine neue in der anderen Kategorie an"
                    .into()
            }
            Invalid::SkuRequired => "muss ausgefüllt sein: die Artikelnummer des Produkts".into(),
            Invalid::NoProductWithSku { got } => format!("kein Produkt hat die Artikelnummer {got}"),
            Invalid::UnitKeepsProduct { serial, product } => {
                format!("{serial} ist ein Gerät von {product}; ein Gerät behält sein Produkt")
            }
            Invalid::UnitKeepsInventoryNumber { serial, number } => {
                format!("{serial} hat die Inventarnummer {number}; ein Gerät behält sie")
            }
            Invalid::UnitStaysRetired { serial } => {
                format!("{serial} ist ausgemustert; ein ausgemustertes Gerät bleibt es")
            }
            Invalid::UnitConditionFollows { serial, would } => format!(
                "{serial} wäre „{}“; der Zustand eines Geräts folgt seinem Verlauf (beschädigt in Reparatur, gut zurück)",
                self.unit_condition(*would)
            ),
            Invalid::AuditTrailNotImported => {
                "das Protokoll schreibt die App selbst; es wird exportiert, nie importiert".into()
            }
            Invalid::NothingImported { first, more } => {
                let more = match more {
                    0 => String::new(),
                    1 => " (und 1 weiteres Problem)".into(),
                    n => format!(" (und {n} weitere Probleme)"),
                };
                format!(
                    "{}{more}; nichts wurde importiert",
                    first_problem(Lang::De, first, "Zeile", "Spalte")
                )
            }
            Invalid::RowUnreadable { error } => format!("lässt sich nicht lesen: {error}"),
            Invalid::RowTooLong { cells, columns } => {
                format!("hat {cells} Zellen; die Kopfzeile nennt {columns} Spalten")
            }
            Invalid::NotYesNo { got } => format!("{got} ist weder ja noch nein"),
            Invalid::SpecWithoutEquals { part } => format!(
                "{part} hat kein „=“; schreiben Sie Angaben wie cpu=i7; ram=16GB"
            ),
            // — receive —
            Invalid::AlreadyInStock { serial, number } => {
                format!("Schon im Lager: {serial} hat die Inventarnummer {number}")
            }
            Invalid::InventoryNumberGiven { number } => {
                format!("Die Inventarnummer {number} ist schon vergeben")
            }
            Invalid::InventoryNumberOnLine { number, line } => {
                format!("Die Inventarnummer {number} steht schon in Zeile {line}")
            }
            // — receive —
            Invalid::LineCode { field, why } => {
                use crate::domain::stock::LineField;
                let code = match field {
                    LineField::Serial => "Seriennummer",
                    LineField::InventoryNumber => "Inventarnummer",
                };
                format!("{code}: {}", self.invalid(why))
            }
            Invalid::UnitCannot { why } => self.because(why),
        }
    }

    fn field(&self, f: Field) -> &'static str {
        match f {
            Field::ItemQuantity => "Menge",
            Field::ItemLineValue => "Positionswert",
            Field::ItemMonthlyCost => "monatliche Kosten",
            Field::ItemTransactionType => "Vorgangsart",
            Field::ItemMissingBasicService => "Basisleistung fehlt",
            Field::ItemSpecsIncomplete => "Angaben unvollständig",
            Field::OrderItemCount => "Artikel in der Bestellung",
            Field::CustomerName => "Kunde",
            Field::CustomerIsNew => "neuer Kunde",
            Field::CustomerFlagged => "markierter Kunde",
            Field::ServiceCode => "Leistungscode",
            Field::ServiceKind => "Leistungsart",
            Field::ServiceOfferType => "Angebotsart",
            Field::ServiceRecurring => "wiederkehrende Leistung",
            Field::ServiceRequiresApproval => "Leistung erfordert Genehmigung",
        }
    }

    fn transaction_type(&self, t: TransactionType) -> &'static str {
        match t {
            TransactionType::Order => "Bestellung",
            TransactionType::Return => "Rückgabe",
            TransactionType::Change => "Änderung",
            TransactionType::Swap => "Tausch",
            TransactionType::Cancellation => "Kündigung",
        }
    }

    fn weekday_and_day(&self, d: NaiveDate) -> String {
        format!(
            "{} {}.",
            WEEKDAYS[d.weekday().num_days_from_monday() as usize],
            d.day()
        )
    }

    fn span(&self, from: NaiveDate, until: Option<NaiveDate>) -> String {
        match until {
            Some(to) => days(self, from, to),
            None => format!("ab {}", self.day(from, true)),
        }
    }

    fn day(&self, d: NaiveDate, year: bool) -> String {
        let weekday = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
        let month = MONTHS[d.month0() as usize];
        if year {
            format!("{weekday} {}. {month} {}", d.day(), d.year())
        } else {
            format!("{weekday} {}. {month}", d.day())
        }
    }

    fn money(&self, cents: i64, currency: &str) -> String {
        let amount = grouped(cents, '.', ',');
        match currency {
            "EUR" => format!("{amount} €"),
            "GBP" => format!("{amount} £"),
            "USD" => format!("{amount} $"),
            code => format!("{amount} {code}"),
        }
    }

    fn fit(&self, f: &Fit) -> String {
        fit_in(
            f,
            "passt bei",
            "weicht ab bei",
            "nennt nicht",
            "keine Angaben gewünscht",
            "gewünscht",
        )
    }

    fn decimal(&self, n: f64) -> String {
        format!("{n:.2}").replace('.', ",")
    }

    fn yes_no(&self, b: bool) -> &'static str {
        if b {
            "ja"
        } else {
            "nein"
        }
    }

    fn stop_kind(&self, k: StopKind) -> &'static str {
        match k {
            StopKind::Delivery => "Lieferung",
            StopKind::Collection => "Abholung",
            StopKind::DeliveryAndCollection => "Lieferung und Abholung",
        }
    }

    fn setup_step(&self, key: SetupStepKey) -> (&'static str, &'static str) {
        match key {
            SetupStepKey::Products => (
                "Produkte anlegen",
                "was Sie verkaufen und liefern, mit ihren Angaben",
            ),
            SetupStepKey::Services => (
                "Leistungen anlegen",
                "was Kunden bestellen, aus Ihren Produkten",
            ),
            SetupStepKey::Stock => (
                "Ware einbuchen",
                "die Geräte, die Sie reservieren und liefern",
            ),
            SetupStepKey::Customers => {
                ("Kunden anlegen", "wer bestellt, mit Personen und Adressen")
            }
            SetupStepKey::People => ("Personen anlegen", "Fahrer und Techniker, die liefern"),
            SetupStepKey::Vans => ("Transporter anlegen", "womit Lieferungen hinausgehen"),
        }
    }

    fn unit_condition(&self, c: UnitCondition) -> &'static str {
        match c {
            UnitCondition::New => "Neu",
            UnitCondition::Good => "Gut",
            UnitCondition::Damaged => "Beschädigt",
        }
    }

    fn unit_action(&self, a: UnitAction) -> &'static str {
        match a {
            UnitAction::Move => "Verlegen",
            UnitAction::ToRepair => "In Reparatur geben",
            UnitAction::BackFromRepair => "Zurück aus der Reparatur",
            UnitAction::Retire => "Ausmustern",
        }
    }

    fn whereabouts(&self, w: &Whereabouts) -> String {
        match w {
            Whereabouts::InShop => "Im Geschäft".into(),
            Whereabouts::Reserved(h) => format!(
                "Reserviert für {} ({}), {}",
                h.order_number,
                h.customer,
                self.span(h.span.start, crate::domain::reason::until(&h.span))
            ),
            Whereabouts::Out(h) => format!("Unterwegs bei {} ({})", h.customer, h.order_number),
            Whereabouts::InRepair => "In Reparatur".into(),
            Whereabouts::Retired => "Ausgemustert".into(),
        }
    }

    fn receive(&self, accepted: u32) -> String {
        match accepted {
            0 => "Noch nichts einzubuchen".into(),
            1 => "1 Gerät einbuchen".into(),
            n => format!("{n} Geräte einbuchen"),
        }
    }

    fn received(&self, units: usize, product: &str, location: &str) -> String {
        let units = match units {
            1 => "1 Gerät".to_string(),
            n => format!("{n} Geräte"),
        };
        format!("{units} von {product} in {location} eingebucht")
    }

    // — domain —
    fn not_a_move(&self, why: &NotAMove) -> String {
        match why {
            NotAMove::Said(said) => said.clone(),
            NotAMove::ScheduledByBooking => "ein Artikel wird durch eine Buchung geplant".into(),
            NotAMove::Final { from } => format!("„{}“ ist endgültig", self.status(*from)),
            NotAMove::OnlyTo { from, allowed } => {
                let mut to: Vec<String> = allowed
                    .iter()
                    .map(|s| format!("„{}“", self.status(*s)))
                    .collect();
                let last = to.pop().unwrap_or_default();
                let to = match to.is_empty() {
                    true => last,
                    false => format!("{} oder {last}", to.join(", ")),
                };
                format!("aus „{}“ geht es nur nach {to}", self.status(*from))
            }
            NotAMove::OnlyWayBackCollected => {
                "abgeholt wird nur bei einer Rückgabe, einem Tausch oder einer Änderung".into()
            }
            NotAMove::WayBackIsCollected => {
                "was zurückkommt, wird abgeholt und dann zurückgenommen".into()
            }
            NotAMove::CannotBeHeld { status } => format!(
                "ein Artikel im Stand „{}“ kann nicht angehalten werden",
                self.status(*status)
            ),
            // — usecases —
            NotAMove::OnlyAwaitingApproved => {
                "genehmigt wird nur ein Artikel, der auf Genehmigung wartet".into()
            }
            NotAMove::OnlyAwaitingRejected => {
                "abgelehnt wird nur ein Artikel, der auf Genehmigung wartet; stornieren Sie ihn stattdessen".into()
            }
            NotAMove::PickedWhenNeeded => {
                "ein Produkt wird nur für Artikel gewählt, die eine Zuordnung brauchen oder wegen eines Engpasses angehalten sind".into()
            }
            NotAMove::OnlyCollectedCheckedIn => {
                "zurückgenommen wird nur eine abgeholte Rückgabe".into()
            }
            NotAMove::OnlyQueuedScheduled => {
                "geplant wird nur ein Artikel aus der Lieferwarteschlange".into()
            }
            NotAMove::OnlyScheduledUnscheduled => {
                "vom Plan genommen wird nur ein geplanter Artikel".into()
            }
            NotAMove::OnlyScheduledDispatched => {
                "losgeschickt wird nur ein geplanter Artikel".into()
            }
            NotAMove::OnlyOutComesBack => {
                "als geliefert oder fehlgeschlagen zurück kommt nur eine Lieferung, die unterwegs ist".into()
            }
        }
    }

    // — moves —

    fn move_label(&self, m: MoveLabel) -> &'static str {
        match m {
            MoveLabel::Approve => "Genehmigen",
            MoveLabel::Reject => "Ablehnen",
            MoveLabel::PickProduct => "Produkt wählen",
            MoveLabel::OverrideShortage => {
                "Engpass übergehen: ohne reservierte Geräte vorbereiten (Ihre Begründung wird protokolliert)"
            }
            MoveLabel::Substitute => "Anderes Produkt einsetzen",
            MoveLabel::MarkPrepared => "Als vorbereitet markieren",
            MoveLabel::Schedule => "Lieferung planen",
            MoveLabel::Dispatch => "Losschicken",
            MoveLabel::Reschedule => "Buchung verschieben",
            MoveLabel::Unschedule => "Vom Plan nehmen",
            MoveLabel::Collected => "Abgeholt",
            MoveLabel::CollectionFailed => "Abholung nicht möglich",
            MoveLabel::Delivered => "Geliefert",
            MoveLabel::DeliveryFailed => "Lieferung fehlgeschlagen",
            MoveLabel::CheckIn => "Zurücknehmen",
            MoveLabel::CompleteOrder => "Bestellung abschließen",
            MoveLabel::Release => "Halt aufheben",
            MoveLabel::Hold => "Anhalten",
            MoveLabel::Cancel => "Stornieren",
        }
    }

    fn move_blocked(&self, b: &Blocked) -> String {
        match b {
            Blocked::ShipsWithOrder { ready, of } => format!(
                "wird mit seiner Bestellung geliefert: {ready} von {of} Artikeln bereit; trennen Sie ihn ab, um einen Teil jetzt zu liefern"
            ),
            Blocked::OnHold { reason } => format!("angehalten: {reason}"),
            Blocked::OrderNotDone => {
                "andere Artikel der Bestellung sind noch nicht geliefert oder storniert".into()
            }
        }
    }

    fn needs(&self, technician: bool, units: i32) -> String {
        let room = match units {
            1 => "Platz für 1 Gerät".to_string(),
            n => format!("Platz für {n} Geräte"),
        };
        if technician {
            format!("einen Techniker, {room}")
        } else {
            format!("{room}, jede Ressource")
        }
    }

    fn conflicts(&self, conflicts: &[Conflict]) -> String {
        as_sentence(&conflict_clauses(self, conflicts))
    }

    fn any_of(&self, category: &str, specs: &str) -> String {
        match specs {
            "" => format!("Jedes Produkt der Kategorie „{category}“"),
            specs => format!("Jedes Produkt der Kategorie „{category}“ mit {specs}"),
        }
    }

    // — usecases —
    fn because(&self, why: &Because) -> String {
        // German keeps a status as the board names it: „Geplant“.
        let has = |s: ItemStatus| format!("hat den Status „{}“", self.status(s));
        match why {
            Because::NotOnHold { item } => format!("Artikel {item} ist nicht angehalten"),
            Because::NotCancellable { position, status } => format!(
                "Artikel {position} {}: erfassen Sie stattdessen das Lieferergebnis oder eine Rückgabe",
                has(*status)
            ),
            Because::NoOpenItems { order } => {
                format!("Bestellung {order} hat keine offenen Artikel")
            }
            Because::NotReadyToComplete { order, open } => {
                let open = if open.is_empty() {
                    "sie ist bereits abgeschlossen oder storniert".to_string()
                } else {
                    open.iter()
                        .map(|(position, status, held)| {
                            format!(
                                "Artikel {position} {}{}",
                                has(*status),
                                if *held { " und ist angehalten" } else { "" }
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                format!("Bestellung {order} ist noch nicht abschlussbereit: {open}")
            }
            Because::NotSplittable { item, status } => format!(
                "Artikel {item} {}: nur noch nicht geplante Artikel lassen sich abtrennen",
                has(*status)
            ),
            Because::NotScheduled { status } => format!(
                "Nur eine geplante Lieferung lässt sich verschieben; dieser Artikel {}",
                has(*status)
            ),
            Because::PartGone { position, status } => format!(
                "Ein Teil dieser Lieferung {} (Artikel {position}); sie lässt sich nicht mehr verschieben",
                has(*status)
            ),
            Because::NothingToBook => "Es gibt nichts zu buchen".into(),
            Because::ShipsTogether {
                ready,
                of,
                position,
                status,
            } => format!(
                "Die Bestellung wird gemeinsam geliefert: {ready} von {of} Artikeln sind bereit (Artikel {position} {}); trennen Sie sie auf, um einen Teil jetzt zu liefern",
                has(*status)
            ),
            Because::StockClash {
                serial,
                position,
                other,
                day,
                own,
            } => format!(
                "Gerät {serial} (Artikel {position}) ist anderweitig reserviert ({}) und kann nicht zusätzlich am {} unterwegs sein; wählen Sie einen Tag, den seine Reservierung abdeckt ({})",
                self.span(other.start, until(other)),
                self.day(*day, true),
                self.span(own.start, until(own))
            ),
            Because::TooFarAhead { opens, days } => format!(
                "Das Zeitfenster der Empfänger beginnt am {}, mehr als {days} Tage im Voraus: lassen Sie sich einen Termin näher an diesem Tag vorschlagen",
                self.day(*opens, true)
            ),
            Because::BackupBroken { path, first } => {
                format!("{path} ist beschädigt ({first}): wählen Sie eine andere Kopie")
            }
            // — stock —
            Because::UnitRetiredStays { serial } => {
                format!("{serial} ist ausgemustert; ein ausgemustertes Gerät bleibt, wo es ist")
            }
            Because::UnitOutUntilBack {
                serial,
                customer,
                order,
            } => format!(
                "{serial} ist bei {customer} (Bestellung {order}); verlegen, reparieren oder ausmustern lässt es sich, sobald es zurück ist"
            ),
            Because::UnitReservedMoveFirst {
                serial,
                order,
                customer,
                span,
            } => format!(
                "{serial} ist für Bestellung {order} reserviert ({customer}, {}); legen Sie die Reservierung zuerst auf ein anderes Gerät",
                self.span(span.start, until(span))
            ),
            Because::UnitInRepairAlready { serial } => format!("{serial} ist bereits in Reparatur"),
            Because::UnitNotInRepair { serial } => format!("{serial} ist nicht in Reparatur"),
            // — domain —
            Because::OpenElsewhere { file } => format!(
                "{file} ist in einem anderen equipflow-Fenster geöffnet: arbeiten Sie dort weiter, oder schließen Sie jenes Fenster und versuchen Sie es noch einmal"
            ),
            Because::ReadOnly { file } => format!(
                "{file} lässt sich lesen, aber nicht beschreiben: nichts darin wurde geändert; machen Sie die Datei und ihren Ordner beschreibbar (oder kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen) und versuchen Sie es dann noch einmal"
            ),
            Because::DiskFull { file } => format!(
                "der Datenträger mit {file} ist voll: schaffen Sie dort Platz und versuchen Sie es dann noch einmal"
            ),
            Because::NotEquipflow { file, why } => format!(
                "{file} ist keine equipflow-Datenbank ({}): nichts darin wurde geändert; öffnen Sie die Datei Ihres eigenen Geschäfts, oder legen Sie diese beiseite und versuchen Sie es noch einmal",
                match why {
                    Foreign::Empty => "sie ist leer",
                    Foreign::NotADatabase => "sie ist keine Datenbankdatei",
                    Foreign::OtherTables => "sie enthält andere Tabellen",
                    Foreign::OtherProgram => "die Tabellen eines anderen Programms",
                    Foreign::ChangedEquipflow => {
                        "ihre Tabellen stammen von einem veränderten equipflow"
                    }
                }
            ),
            Because::Newer { file, changes } => format!(
                "{file} wurde von einer neueren equipflow-Version gespeichert ({changes} {}, die diese Version nicht kennt): nichts darin wurde geändert; installieren Sie das neuere equipflow an diesem Arbeitsplatz, um die Datei zu öffnen",
                if *changes == 1 { "Änderung" } else { "Änderungen" }
            ),
            Because::Damaged { file, detail } => format!(
                "{file} ist beschädigt ({}): nichts darin wurde geändert; legen Sie Ihre letzte Sicherung an ihre Stelle (die täglichen Kopien liegen im Sicherungsordner daneben) und versuchen Sie es dann noch einmal",
                match detail {
                    Damage::Unreadable => "SQLite kann sie nicht lesen",
                    Damage::CutOff => "eine Aktualisierung ihrer Tabellen wurde abgebrochen",
                    Damage::Check(said) => said,
                }
            ),
            // — refusals —
            Because::CannotBePicked { product, why } => {
                format!("{product} lässt sich nicht wählen: {}", self.unpickable(why))
            }
            Because::CannotBook { conflicts } => format!(
                "Dieser Termin lässt sich nicht buchen: {}",
                conflict_clauses(self, conflicts)
            ),
            Because::BookAnyway { conflicts } => format!(
                "{} Mit einem Grund können Sie trotzdem buchen.",
                as_sentence(&conflict_clauses(self, conflicts))
            ),
        }
    }

    // — papers — (the printed papers, and what a holding's end means)

    fn paper(&self, w: PaperWord) -> &'static str {
        match w {
            PaperWord::DaySheet => "Tagesblatt",
            PaperWord::DeliveryNote => "Lieferschein",
            PaperWord::ReturnReceipt => "Rücknahmebeleg",
            PaperWord::NothingBooked => "An diesem Tag ist nichts gebucht.",
            PaperWord::HandOver => "Übergeben",
            PaperWord::BringBack => "Zurücknehmen",
            PaperWord::Qty => "Menge",
            PaperWord::SerialNumbers => "Seriennummern",
            PaperWord::SerialNumber => "Seriennummer",
            PaperWord::InventoryNo => "Inventarnr.",
            PaperWord::Condition => "Zustand",
            PaperWord::Note => "Notiz",
            PaperWord::From => "Von",
            PaperWord::Address => "Adresse",
            PaperWord::What => "Was",
            PaperWord::NoteForDelivery => "Lieferhinweis",
            PaperWord::ReceivedBy => "Erhalten von",
            PaperWord::Signature => "Unterschrift",
            PaperWord::Until => "bis",
            PaperWord::Phone => "Telefon",
        }
    }

    fn printed(&self, day: NaiveDate, time: &str) -> String {
        format!("Gedruckt {}, {time}", self.day(day, true))
    }

    fn stops(&self, n: usize) -> String {
        match n {
            0 => "Keine Stopps".into(),
            1 => "1 Stopp".into(),
            n => format!("{n} Stopps"),
        }
    }

    fn resource_kind(&self, k: ResourceKind) -> &'static str {
        match k {
            ResourceKind::Driver => "Fahrer",
            ResourceKind::Technician => "Techniker",
            ResourceKind::Van => "Transporter",
        }
    }

    fn note_line(&self, order: &str, day: &str, by: &str) -> String {
        format!("Bestellung {order} · {day} · geliefert von {by}")
    }

    fn way_back_kind(&self, t: TransactionType) -> &'static str {
        match t {
            TransactionType::Order => "Bestellung",
            TransactionType::Return => "Rückgabe",
            TransactionType::Swap => "Tausch",
            TransactionType::Change => "Änderung",
            TransactionType::Cancellation => "Kündigung",
        }
    }

    fn receipt_line(&self, kind: &str, order: &str, day: &str) -> String {
        format!("{kind} · Bestellung {order} · zurückgenommen {day}")
    }

    fn check_in_condition(&self, c: Option<CheckInCondition>) -> &'static str {
        match c {
            Some(CheckInCondition::Good) => "gut",
            Some(CheckInCondition::Damaged) => "beschädigt",
            Some(CheckInCondition::Missing) => "fehlt",
            None => "noch nicht zurückgenommen",
        }
    }

    fn taken_back(&self, n: usize, complete: bool) -> String {
        match (n, complete) {
            (1, true) => "1 Gerät zurückgenommen".into(),
            (n, true) => format!("{n} Geräte zurückgenommen"),
            (n, false) => format!("{n} Geräte erwartet; noch ist nicht jedes zurückgenommen"),
        }
    }

    fn page(&self, n: usize, of: usize) -> String {
        format!("Seite {n} von {of}")
    }

    fn due(&self, kind: DueKind, end: EndKind, day: NaiveDate) -> String {
        let day = self.day(day, true);
        match (end, kind) {
            (EndKind::BringBack, DueKind::DueBack) => format!("Rückgabe fällig {day}"),
            (EndKind::BringBack, DueKind::Overdue) => format!("Überfällig seit {day}"),
            (EndKind::ServiceEnds, DueKind::DueBack) => format!("Endet {day}"),
            (EndKind::ServiceEnds, DueKind::Overdue) => format!("Beendet seit {day}"),
        }
    }

    // — prepare —
    fn pick(&self, w: PickWords<'_>) -> String {
        match w {
            PickWords::Expected => "Für diesen Artikel reserviert".into(),
            PickWords::Instead { of } => {
                format!("Statt {of}: seine Reservierung geht auf dieses Gerät über")
            }
            PickWords::MarkPrepared => "Als vorbereitet markieren".into(),
        }
    }

    // — files —
    fn file_trouble(&self, t: FileTrouble<'_>) -> String {
        let kind = |ext: &str| match ext {
            "db" => "die Sicherung".to_string(),
            ext => format!("die {}-Datei", ext.to_uppercase()),
        };
        match t {
            FileTrouble::NoFolder { ext } => format!(
                "Konnte {} nicht speichern: dieser Arbeitsplatz hat keinen Downloads-, Dokumente- oder Benutzerordner.",
                kind(ext)
            ),
            FileTrouble::CouldNotSave { ext, folder, os } => {
                format!("Konnte {} nicht in {folder} speichern: {os}.", kind(ext))
            }
            FileTrouble::NamesTaken { ext, folder, stem } => format!(
                "Konnte {} nicht in {folder} speichern: 999 Dateien heißen bereits {stem}.",
                kind(ext)
            ),
            FileTrouble::CouldNotMakeFolder { folder, os } => {
                format!("Konnte den Ordner {folder} nicht anlegen: {os}")
            }
            FileTrouble::CouldNotReplace { file, os } => {
                format!("konnte {file} nicht ersetzen: {os}")
            }
            FileTrouble::CouldNotPutBack { file, os } => {
                format!("konnte {file} nicht zurücklegen: {os}")
            }
            FileTrouble::CannotKeepLanguage { os } => {
                format!("die Sprache lässt sich nicht für den nächsten Start merken: {os}")
            }
            FileTrouble::Broke { what, why } => {
                format!("In {what} ist etwas schiefgegangen: {why}")
            }
        }
    }

    // — line fit —
    fn fit_summary(&self, s: FitSummary<'_>) -> String {
        let count = |n: usize| match n {
            1 => "1 Produkt passt".to_string(),
            n => format!("{n} Produkte passen"),
        };
        match s {
            FitSummary::NoneFits { asked } => format!("Kein Produkt passt zu {asked}"),
            FitSummary::SoFar { fitting } => format!("{} bisher", count(fitting)),
            FitSummary::PickedForYou { fitting } => {
                format!("{}: es wird für Sie gewählt", count(fitting))
            }
            FitSummary::PersonPicks { fitting } => {
                format!("{}: jemand wählt eines aus", count(fitting))
            }
        }
    }
    // — reports —

    fn time_span(&self, days: i64, hours: i64, minutes: i64) -> String {
        match (days, hours, minutes) {
            (0, 0, m) => format!("{m} Min."),
            (0, h, 0) => format!("{h} Std."),
            (0, h, m) => format!("{h} Std. {m} Min."),
            (d, 0, _) => format!("{d} Tg."),
            (d, h, _) => format!("{d} Tg. {h} Std."),
        }
    }

    fn age_buckets(&self) -> [&'static str; 4] {
        ["Unter 1 Tag", "1–3 Tage", "3–7 Tage", "7 Tage und mehr"]
    }

    fn hold_kind(&self, k: HoldKind) -> &'static str {
        match k {
            HoldKind::Shortage => "Lagerengpass",
            HoldKind::Rule => "Von einer Regel angehalten",
            HoldKind::Manual => "Von einer Person angehalten",
        }
    }

    fn late_cause(&self, c: LateCause) -> &'static str {
        match c {
            LateCause::WaitedForApproval => "Wartete auf Genehmigung",
            LateCause::Shortage => "Lagerengpass",
            LateCause::HeldByPerson => "Von einer Person angehalten",
            LateCause::FailedDelivery => "Eine Zustellung schlug fehl",
            LateCause::Rescheduled => "Die Lieferung wurde umgeplant",
            LateCause::NoneInTrail => "Laut Verlauf hielt nichts sie auf",
        }
    }

    fn report_table(&self, t: ReportTable) -> &'static str {
        match t {
            ReportTable::OpenWork => "Offene Arbeit",
            ReportTable::Holds => "Angehaltene Artikel",
            ReportTable::Approvals => "Wartende Genehmigungen",
            ReportTable::Delivered => "Geliefert",
            ReportTable::CumulativeFlow => "Kumulativer Fluss",
            ReportTable::LeadTimes => "Durchlaufzeiten",
            ReportTable::OnTime => "Pünktlichkeit",
            ReportTable::Utilisation => "Auslastung",
            ReportTable::DueBack => "Rückgabe fällig",
            ReportTable::StockUse => "Geräte bei Kunden",
        }
    }

    fn report_word(&self, w: ReportWord) -> &'static str {
        use ReportWord as W;
        match w {
            W::CompletedInPeriod => "Im Zeitraum abgeschlossen",
            W::SubmitToDelivered => "Vom Senden bis geliefert",
            W::SubmitToCompleted => "Vom Senden bis abgeschlossen",
            W::DecisionPoint => "Entscheidungspunkt",
            W::Column => "Spalte",
            W::OpenItems => "Offene Artikel",
            W::Hold => "Halt",
            W::Items => "Artikel",
            W::Order => "Bestellung",
            W::Item => "Artikel-ID",
            W::Title => "Bezeichnung",
            W::WaitingHours => "Wartezeit (Stunden)",
            W::Waiting => "Wartezeit",
            W::Delivered => "Geliefert",
            W::OnTime => "Pünktlich",
            W::Late => "Verspätet",
            W::Early => "Zu früh",
            W::Day => "Tag",
            W::Group => "Gruppe",
            W::Figure => "Kennzahl",
            W::MedianHours => "Median (Stunden)",
            W::P85Hours => "85. Perzentil (Stunden)",
            W::SlowestItem => "Langsamster Artikel",
            W::LeadTime => "Durchlaufzeit",
            W::Service => "Leistung",
            W::Customer => "Kunde",
            W::WindowEnds => "Zeitfenster endet",
            W::DaysLate => "Tage verspätet",
            W::Why => "Grund",
            W::Resource => "Ressource",
            W::BookedHours => "Gebucht (Stunden)",
            W::WorkingHours => "Arbeitszeit (Stunden)",
            W::BookedPercent => "Gebucht (%)",
            W::Person => "Ansprechperson",
            W::What => "Was",
            W::Quantity => "Menge",
            W::Serials => "Seriennummern",
            W::Ends => "Endet",
            W::Due => "Fällig",
            W::Product => "Produkt",
            W::Sku => "Artikelnummer",
            W::Units => "Geräte",
            W::UnitDays => "Gerätetage",
            W::DaysOut => "Tage unterwegs",
            W::OutPercent => "Unterwegs (%)",
        }
    }

    // — import —

    fn imported(&self, kind: SheetKind, new: u32, changed: u32, unchanged: u32) -> String {
        let n = new + changed + unchanged;
        let what = match (kind, n) {
            (SheetKind::Products, 1) => "Produkt",
            (SheetKind::Products, _) => "Produkte",
            (SheetKind::Services, 1) => "Leistung",
            (SheetKind::Services, _) => "Leistungen",
            (SheetKind::StockUnits, 1) => "Lagergerät",
            (SheetKind::StockUnits, _) => "Lagergeräte",
            (SheetKind::Customers, 1) => "Kunde",
            (SheetKind::Customers, _) => "Kunden",
            (SheetKind::OpenOrders, 1) => "Bestellposition",
            (SheetKind::OpenOrders, _) => "Bestellpositionen",
            (SheetKind::AuditTrail, 1) => "Protokolleintrag",
            (SheetKind::AuditTrail, _) => "Protokolleinträge",
        };
        format!("{n} {what} importiert: {new} neu, {changed} geändert, {unchanged} unverändert")
    }

    fn import_line(&self, l: &crate::read::import::ImportLine) -> String {
        use crate::domain::catalog::{OfferType, ServiceKind};
        use crate::domain::stock::UnitState;
        use crate::read::import::ImportLine as L;
        let kind = |k: &ServiceKind| match k {
            ServiceKind::Hardware => "Hardware",
            ServiceKind::Software => "Software",
            ServiceKind::Workplace => "Arbeitsplatz",
            ServiceKind::Cloud => "Cloud",
            ServiceKind::Support => "Support",
        };
        let offer = |o: &OfferType| match o {
            OfferType::Purchase => "Kauf",
            OfferType::Rental => "Miete",
            OfferType::Leasing => "Leasing",
        };
        let state = |s: &UnitState| match s {
            UnitState::Available => "verfügbar",
            UnitState::InRepair => "in Reparatur",
            UnitState::Retired => "ausgemustert",
        };
        let part = |p: &CustomerPart| match p {
            CustomerPart::Customer => "Kunde",
            CustomerPart::Person => "Person",
            CustomerPart::Address => "Adresse",
        };
        match l {
            L::Value(v) | L::Edited(v) => v.clone(),
            L::OrderLine { order, line } => format!("{order} Zeile {line}"),
            L::Price(cents) => grouped(*cents, '.', ','),
            L::Offer { kind: k, offer: o } => format!("{}, {}", kind(k), offer(o)),
            L::State(s) => state(s).into(),
            L::Days { from, to } => days(self, *from, *to),
            L::PersonAdded(name) => format!("Person {name}"),
            L::AddressAdded {
                line1,
                postal_code,
                city,
            } => format!("Adresse {line1}, {postal_code} {city}"),
            L::PartAdded(p) => format!("{} hinzugefügt", part(p)),
            L::PartEdited(p, field) => format!("{} {field}", part(p)),
            L::Archived { was, is } => {
                format!("archiviert: {} → {}", self.yes_no(*was), self.yes_no(*is))
            }
            L::Moved { from, to } => format!("Lagerort: {from} → {to}"),
            L::StateChanged { from, to } => format!("Status: {} → {}", state(from), state(to)),
            L::Changed(c) => self.change(c),
        }
    }

    // — refusals —

    fn held(&self, position: Option<i32>, reasons: &str) -> String {
        match position {
            Some(p) => format!("Artikel {p}: {reasons}"),
            None => reasons.into(),
        }
    }

    fn holding_state(&self, s: HoldingState) -> &'static str {
        match s {
            HoldingState::Active => "Aktiv",
            HoldingState::ReturnRequested => "Rückgabe angemeldet",
            HoldingState::Returned => "Zurückgegeben",
            HoldingState::Ended => "Beendet",
        }
    }

    fn not_requestable(&self, why: &NotRequestable) -> String {
        match why {
            NotRequestable::UnderWay { order } => format!("dafür läuft schon Bestellung {order}"),
            NotRequestable::NotHeld { state } => {
                format!(
                    "der Bestand hat den Status „{}“",
                    self.holding_state(*state)
                )
            }
            NotRequestable::MissingUndecided => {
                "ein fehlendes Gerät wartet auf Ihre Entscheidung".into()
            }
        }
    }

    fn unpickable(&self, why: &Unpickable) -> String {
        match why {
            Unpickable::HasNow => {
                "das Produkt, das der Artikel schon hat: darauf zu warten ist der Halt selbst"
                    .into()
            }
            Unpickable::TooFew { free, wanted, span } => format!(
                "nur {free} von {wanted} frei ({})",
                self.span(span.start, until(span))
            ),
        }
    }

    fn conflict(&self, c: &Conflict) -> String {
        const ON: [&str; 7] = [
            "montags",
            "dienstags",
            "mittwochs",
            "donnerstags",
            "freitags",
            "samstags",
            "sonntags",
        ];
        let hm = |t: &NaiveDateTime| t.format("%H:%M").to_string();
        let at = |t: &NaiveDateTime| {
            format!(
                "{} {}",
                WEEKDAYS[t.weekday().num_days_from_monday() as usize],
                hm(t)
            )
        };
        match c {
            Conflict::SpansDays => "ein Termin muss am selben Tag beginnen und enden".into(),
            Conflict::NotAWorkDay { resource, day } => format!(
                "{resource} arbeitet {} nicht",
                ON[day.weekday().num_days_from_monday() as usize]
            ),
            Conflict::DayOff { resource, day } => {
                format!("{resource} hat am {} frei", self.day(*day, true))
            }
            Conflict::OutsideHours {
                resource,
                slot,
                start,
                end,
            } => format!(
                "{}–{} liegt außerhalb der Arbeitszeit von {resource} ({}–{})",
                hm(&slot.start),
                hm(&slot.end),
                start.format("%H:%M"),
                end.format("%H:%M")
            ),
            Conflict::Capacity {
                resource,
                units: 1,
                capacity,
            } => format!("1 Gerät übersteigt die Kapazität von {resource} ({capacity})"),
            Conflict::Capacity {
                resource,
                units,
                capacity,
            } => format!("{units} Geräte übersteigen die Kapazität von {resource} ({capacity})"),
            Conflict::Skill { resource, kind } => format!(
                "der Auftrag braucht einen Techniker; {resource} ist ein {}",
                self.resource_kind(*kind)
            ),
            Conflict::OutsideWindow { from, to, day } => format!(
                "der Empfänger wünscht {}, nicht {}",
                days(self, *from, *to),
                self.day(*day, true)
            ),
            Conflict::Overlap { resource, booked } => format!(
                "{resource} ist schon {}–{} gebucht",
                at(&booked.start),
                hm(&booked.end)
            ),
            Conflict::TravelBuffer {
                resource,
                booked,
                minutes,
            } => format!(
                "{resource} hat {}–{} einen Einsatz; es blieben weniger als {minutes} Min. Fahrzeit dazwischen",
                at(&booked.start),
                hm(&booked.end)
            ),
        }
    }

    // — trail —

    fn unit_step(&self, s: &crate::domain::unit_step::UnitStep) -> String {
        use crate::domain::unit_step::{Release, UnitStep as S};
        use MissingDecision as D;
        match s {
            S::Received {
                location,
                inventory_number,
            } => format!("Eingebucht in {location} als {inventory_number}"),
            S::Moved { from, to } => format!("Verlegt von {from} nach {to}"),
            S::ToRepair { note } => format!("In Reparatur gegeben: {note}"),
            S::BackFromRepair => "Zurück aus der Reparatur".into(),
            S::Retired { note } => format!("Ausgemustert: {note}"),
            S::Reserved { order, from, until } => format!(
                "Reserviert für Bestellung {order}, {}",
                self.span(*from, *until)
            ),
            S::ReservedInstead {
                order,
                from,
                until,
                instead_of,
            } => format!(
                "Reserviert für Bestellung {order}, {}, anstelle von {instead_of} (beim Vorbereiten gescannt)",
                self.span(*from, *until)
            ),
            S::Released { order, why } => {
                let why = match why {
                    Release::ItemRejected => "der Artikel wurde abgelehnt".to_string(),
                    Release::ItemCancelled => "der Artikel wurde storniert".to_string(),
                    Release::ScannedInstead { serial } => {
                        format!("beim Vorbereiten wurde stattdessen {serial} gescannt")
                    }
                    Release::BackWith { order } => format!("zurück mit Bestellung {order}"),
                };
                format!("Reservierung für Bestellung {order} aufgehoben: {why}")
            }
            S::Delivered { order, by } => format!("Geliefert mit Bestellung {order} von {by}"),
            S::Collected { order, by } => {
                format!("Abgeholt mit Bestellung {order} von {by}; zur Rücknahme")
            }
            S::CheckedIn {
                order,
                condition,
                note,
            } => match condition {
                CheckInCondition::Good => {
                    format!("In gutem Zustand zurückgenommen mit Bestellung {order}; wieder im Lager")
                }
                CheckInCondition::Damaged => format!(
                    "Beschädigt zurückgenommen mit Bestellung {order}: {note}; in Reparatur"
                ),
                CheckInCondition::Missing => format!(
                    "Fehlte bei der Rücknahme von Bestellung {order}: {note}; ausgemustert"
                ),
            },
            S::MissingDecided {
                decision,
                note,
                customer,
            } => match decision {
                D::FoundGood => format!("Doch gefunden: {note}; wieder im Lager"),
                D::FoundDamaged => format!("Doch gefunden: {note}; in Reparatur"),
                D::WrittenOff => format!("Abgeschrieben: {note}"),
                D::Charged => format!("{customer} in Rechnung gestellt: {note}"),
            },
        }
    }

    fn change(&self, c: &crate::domain::change::Change) -> String {
        use crate::domain::change::ChangeField as F;
        let field = match c.field {
            F::Code => "Code",
            F::Name => "Name",
            F::Kind => "Leistungsart",
            F::OfferType => "Angebotsart",
            F::Recurring => "wiederkehrend",
            F::RequiresApproval => "Genehmigung nötig",
            F::OneTimeCost => "Einmalkosten",
            F::MonthlyCost => "Monatliche Kosten",
            F::ProductCategory => "Produktkategorie",
            F::RequiredSpecs => "Nötige Angaben",
            F::NeedsTechnician => "Techniker nötig",
            F::BasicServices => "Basisleistungen",
            F::LinkedServices => "Verknüpfte Leistungen",
            F::Sku => "Artikelnummer (SKU)",
            F::Category => "Kategorie",
            F::Specs => "Angaben",
            F::UnitPrice => "Stückpreis",
        };
        let value = |v| super::field_value(self, v, "keine", "Pflicht", ('.', ','));
        format!("{field}: {} → {}", value(&c.old), value(&c.new))
    }
}

// — domain —
/// What an order or inventory number may hold besides digits.
const NUMBER_CHARS: &str = "Buchstaben A–Z, Ziffern und - _ / .";

/// The day a refusal holds against today, with what lies on it.
fn planned(what: Planned, day: &str) -> String {
    match what {
        Planned::Day => format!("der Tag {day}"),
        Planned::Booking => format!("die Buchung ist am {day}"),
        Planned::WindowEnd => format!("das Zeitfenster endet am {day}"),
    }
}

/// A kind of sheet as the import and export screen names it.
fn sheet_title(kind: SheetKind) -> &'static str {
    match kind {
        SheetKind::Products => "Produkte",
        SheetKind::Services => "Leistungen",
        SheetKind::StockUnits => "Lagergeräte",
        SheetKind::Customers => "Kunden",
        SheetKind::OpenOrders => "Offene Bestellungen",
        SheetKind::AuditTrail => "Protokoll",
    }
}
