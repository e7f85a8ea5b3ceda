//! The desk's language: the one a person picked in Settings, else the OS's
//! when equipflow speaks it, else English. The UI reads it at start and
//! writes in it; every command's handle writes Rust's sentences in it
//! (`AppState::db`). The pick is kept in a file beside the shop's database,
//! since it belongs to the desk, not to the shop (the demo speaks it too).

use engine::i18n::Lang;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::RwLock;

/// What Settings shows: the language in use, the one picked (none: the OS's), and the OS's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LanguageView {
    pub lang: Lang,
    pub chosen: Option<Lang>,
    pub os: Lang,
}

pub struct DeskLanguage {
    chosen: RwLock<Option<Lang>>,
    os: Lang,
    /// Where the pick is kept; `None` keeps it in memory (tests).
    file: Option<PathBuf>,
}

impl DeskLanguage {
    /// English, picked by nobody and kept nowhere: what a test's app speaks.
    pub fn english() -> DeskLanguage {
        DeskLanguage {
            chosen: RwLock::new(None),
            os: Lang::En,
            file: None,
        }
    }

    /// The OS's language (`LC_ALL`, `LC_MESSAGES`, `LANG` on Linux; the
    /// user's preferred language on Windows and macOS) and the pick kept in `file`.
    pub fn of_desk(file: PathBuf) -> DeskLanguage {
        let os = sys_locale::get_locale()
            .as_deref()
            .and_then(Lang::of_locale)
            .unwrap_or_default();
        DeskLanguage::new(os, Some(file))
    }

    fn new(os: Lang, file: Option<PathBuf>) -> DeskLanguage {
        let chosen = file
            .as_ref()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .and_then(|s| Lang::ALL.into_iter().find(|l| l.key() == s.trim()));
        DeskLanguage {
            chosen: RwLock::new(chosen),
            os,
            file,
        }
    }

    pub fn view(&self) -> LanguageView {
        let chosen = *self.chosen.read().expect("language lock");
        LanguageView {
            lang: chosen.unwrap_or(self.os),
            chosen,
            os: self.os,
        }
    }

    pub fn lang(&self) -> Lang {
        self.view().lang
    }

    /// Picks `chosen` (none: follow the OS) and keeps the pick for the next start.
    pub fn choose(&self, chosen: Option<Lang>) -> std::io::Result<LanguageView> {
        if let Some(file) = &self.file {
            match chosen {
                Some(l) => std::fs::write(file, l.key())?,
                None if file.exists() => std::fs::remove_file(file)?,
                None => {}
            }
        }
        *self.chosen.write().expect("language lock") = chosen;
        Ok(self.view())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pick_outlives_the_app_and_none_follows_the_os_again() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("language");
        let os = Lang::En;
        let desk = DeskLanguage::new(os, Some(file.clone()));
        assert_eq!(desk.view().chosen, None);
        assert_eq!(desk.choose(Some(Lang::De)).unwrap().lang, Lang::De);
        let again = DeskLanguage::new(os, Some(file.clone()));
        assert_eq!(again.view().chosen, Some(Lang::De));
        assert_eq!(again.lang(), Lang::De);
        assert_eq!(again.choose(None).unwrap().lang, os);
        assert!(!file.exists());
    }
}
