//! A4 pages of text and rules: measuring and wrapping text, blocks kept
//! together across page breaks, and a running footer with "Page n of N".
//! A document first lays out every page, then draws them, so the footer
//! knows how many pages there are.

use super::RenderError;
use crate::i18n::Lang;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla::Document;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{charmap::Charmap, FontRef, MetadataProvider};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
pub const MARGIN: f32 = 42.0;
const FOOTER_HEIGHT: f32 = 24.0;
/// The last point a block may reach on a page.
const BODY_BOTTOM: f32 = PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
    /// Serial and order numbers: 0 and O, 1 and l apart.
    Mono,
}

/// A face, a size in points and a grey (0 black, 255 white).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub grey: u8,
}

impl Style {
    pub const fn new(face: Face, size: f32) -> Style {
        Style {
            face,
            size,
            grey: 0,
        }
    }
    pub const fn grey(self, grey: u8) -> Style {
        Style { grey, ..self }
    }
    /// Baseline to baseline.
    pub fn leading(self) -> f32 {
        self.size * 1.3
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// Something drawn, `dy` below the top of its row.
#[derive(Debug, Clone, PartialEq)]
enum Op {
    Text {
        x: f32,
        dy: f32,
        style: Style,
        text: String,
    },
    Rule {
        x1: f32,
        x2: f32,
        dy: f32,
        width: f32,
        grey: u8,
    },
}

/// A strip of the page a page break never cuts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    height: f32,
    ops: Vec<Op>,
}

impl Row {
    pub fn new(height: f32) -> Row {
        Row {
            height,
            ops: Vec::new(),
        }
    }

    pub fn height(&self) -> f32 {
        self.height
    }

    /// Grows the row to at least `height`.
    pub fn at_least(&mut self, height: f32) {
        self.height = self.height.max(height);
    }

    /// One line of text whose baseline is `dy` below the row's top.
    pub fn text(&mut self, fonts: &Fonts, x: f32, dy: f32, style: Style, text: &str, align: Align) {
        let x = match align {
            Align::Left => x,
            Align::Right => x - fonts.width(style, text),
        };
        self.ops.push(Op::Text {
            x,
            dy,
            style,
            text: text.to_string(),
        });
    }

    /// Lines of text from `dy`, one leading apart; grows the row to hold them.
    pub fn lines(&mut self, fonts: &Fonts, x: f32, dy: f32, style: Style, lines: &[String]) {
        for (i, line) in lines.iter().enumerate() {
            self.text(
                fonts,
                x,
                dy + i as f32 * style.leading(),
                style,
                line,
                Align::Left,
            );
        }
        let bottom = dy + lines.len().saturating_sub(1) as f32 * style.leading() + style.size * 0.4;
        self.at_least(bottom);
    }

    /// A horizontal rule `dy` below the row's top.
    pub fn rule(&mut self, x1: f32, x2: f32, dy: f32, width: f32, grey: u8) {
        self.ops.push(Op::Rule {
            x1,
            x2,
            dy,
            width,
            grey,
        });
    }
}

/// The embedded faces (DejaVu Sans, Sans Bold, Sans Mono), with their
/// metrics for measuring. DejaVu has Latin, Greek and Cyrillic in full;
/// a character it lacks (Chinese, Japanese…) prints as an empty box.
pub struct Fonts {
    faces: [(Font, Charmap<'static>, GlyphMetrics<'static>); 3],
}

impl Fonts {
    pub fn new() -> Result<Fonts, RenderError> {
        let face = |data: &'static [u8], name: &str| {
            let font = Font::new(data.into(), 0)
                .ok_or_else(|| RenderError(format!("the {name} font does not load")))?;
            let measure = FontRef::new(data)
                .map_err(|e| RenderError(format!("the {name} font does not load: {e}")))?;
            let metrics = measure.glyph_metrics(Size::new(1.0), LocationRef::default());
            Ok::<_, RenderError>((font, measure.charmap(), metrics))
        };
        Ok(Fonts {
            faces: [
                face(dejavu::sans::regular(), "regular")?,
                face(dejavu::sans::bold(), "bold")?,
                face(dejavu::sans_mono::regular(), "mono")?,
            ],
        })
    }

    fn face(&self, face: Face) -> &(Font, Charmap<'static>, GlyphMetrics<'static>) {
        match face {
            Face::Regular => &self.faces[0],
            Face::Bold => &self.faces[1],
            Face::Mono => &self.faces[2],
        }
    }

    /// The width of `text` set in `style` (advances, no kerning: a little
    /// wider than drawn, never narrower by more than a kerning pair).
    pub fn width(&self, style: Style, text: &str) -> f32 {
        let (_, charmap, metrics) = self.face(style.face);
        let em: f32 = text
            .chars()
            .map(|c| {
                let glyph = charmap.map(c).unwrap_or_default();
                metrics.advance_width(glyph).unwrap_or(0.0)
            })
            .sum();
        em * style.size
    }

    /// `text` broken into lines no wider than `width`: at spaces, at line
    /// breaks, and inside a word only when the word alone is too wide.
    pub fn wrap(&self, style: Style, text: &str, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.lines() {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(style, &candidate) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A word wider than the column is cut where it must be.
                for c in word.chars() {
                    if !line.is_empty() && self.width(style, &format!("{line}{c}")) > width {
                        lines.push(std::mem::take(&mut line));
                    }
                    line.push(c);
                }
            }
            lines.push(line);
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }
}

/// Pages being filled, top to bottom.
pub struct Pages {
    pages: Vec<Vec<(f32, Op)>>,
    y: f32,
}

impl Pages {
    pub fn new() -> Pages {
        Pages {
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    fn break_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    fn put(&mut self, row: Row) {
        let page = self.pages.last_mut().expect("there is always a page");
        for op in row.ops {
            page.push((self.y, op));
        }
        self.y += row.height;
    }

    /// Rows kept together on one page when they fit on one; a block longer
    /// than a page breaks between its rows.
    pub fn block(&mut self, rows: Vec<Row>) {
        let height: f32 = rows.iter().map(Row::height).sum();
        let fresh = self.y <= MARGIN;
        if self.y + height > BODY_BOTTOM && !fresh && height <= BODY_BOTTOM - MARGIN {
            self.break_page();
        }
        for row in rows {
            if self.y + row.height > BODY_BOTTOM && self.y > MARGIN {
                self.break_page();
            }
            self.put(row);
        }
    }

    /// Draws every page with its footer: `footer` on the left, "Page n of N" on the right (in `lang`).
    pub fn finish(
        self,
        fonts: &Fonts,
        metadata: Metadata,
        footer: &str,
        lang: Lang,
    ) -> Result<Vec<u8>, RenderError> {
        let mut document = Document::new();
        document.set_metadata(metadata);
        let count = self.pages.len();
        let small = Style::new(Face::Regular, 8.0).grey(110);
        for (n, ops) in self.pages.into_iter().enumerate() {
            let mut page = document.start_page_with(
                PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a page size"),
            );
            let mut surface = page.surface();
            let mut foot = Row::new(0.0);
            let base = PAGE_HEIGHT - MARGIN;
            foot.rule(MARGIN, PAGE_WIDTH - MARGIN, base - 12.0, 0.5, 180);
            foot.text(fonts, MARGIN, base, small, footer, Align::Left);
            foot.text(
                fonts,
                PAGE_WIDTH - MARGIN,
                base,
                small,
                &lang.page(n + 1, count),
                Align::Right,
            );
            let all = ops
                .into_iter()
                .chain(foot.ops.into_iter().map(|op| (0.0, op)));
            for (top, op) in all {
                match op {
                    Op::Text { x, dy, style, text } => {
                        let (font, _, _) = fonts.face(style.face);
                        surface.set_fill(Some(Fill {
                            paint: rgb::Color::new(style.grey, style.grey, style.grey).into(),
                            opacity: NormalizedF32::ONE,
                            rule: Default::default(),
                        }));
                        surface.draw_text(
                            Point::from_xy(x, top + dy),
                            font.clone(),
                            style.size,
                            &text,
                            false,
                            TextDirection::Auto,
                        );
                    }
                    Op::Rule {
                        x1,
                        x2,
                        dy,
                        width,
                        grey,
                    } => {
                        let mut path = PathBuilder::new();
                        path.move_to(x1, top + dy);
                        path.line_to(x2, top + dy);
                        let Some(path) = path.finish() else { continue };
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: rgb::Color::new(grey, grey, grey).into(),
                            width,
                            ..Default::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
            }
            surface.finish();
            page.finish();
        }
        document.finish().map_err(|e| RenderError(format!("{e:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_and_cuts_only_words_too_wide() {
        let fonts = Fonts::new().unwrap();
        let style = Style::new(Face::Regular, 10.0);
        let width = fonts.width(style, "Deliver to the");
        let lines = fonts.wrap(style, "Deliver to the reception on the 3rd floor", width);
        assert_eq!(lines[0], "Deliver to the");
        assert!(
            lines.iter().all(|l| fonts.width(style, l) <= width),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), "Deliver to the reception on the 3rd floor");

        let long = "SNLA10001SNLA10002SNLA10003SNLA10004";
        let cut = fonts.wrap(style, long, 60.0);
        assert!(cut.len() > 1, "{cut:?}");
        assert_eq!(cut.concat(), long);

        assert_eq!(fonts.wrap(style, "", 100.0), vec![String::new()]);
        assert_eq!(fonts.wrap(style, "one\ntwo", 500.0), vec!["one", "two"]);
    }

    #[test]
    fn a_block_that_does_not_fit_starts_a_new_page_and_one_longer_than_a_page_breaks_between_rows()
    {
        let mut pages = Pages::new();
        pages.block(vec![Row::new(500.0)]);
        pages.block(vec![Row::new(200.0), Row::new(200.0)]);
        assert_eq!(pages.pages.len(), 2, "the second block moves whole");
        let mut long = Pages::new();
        long.block((0..60).map(|_| Row::new(20.0)).collect());
        assert_eq!(long.pages.len(), 2, "1200 pt of rows fill two pages");
    }
}
