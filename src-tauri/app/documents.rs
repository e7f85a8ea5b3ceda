//! Where the documents the desk saves (day sheets as PDF, report tables as
//! CSV) go: the user's
//! Downloads folder, else Documents, else the home folder. Rust picks the
//! folder and the name, so the UI cannot write anywhere else; a file of the
//! same name is never overwritten (the new one gets " (2)", " (3)"…).

use crate::error::AppError;
use engine::i18n::{FileTrouble, Lang};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A document the desk saved.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SavedFile {
    /// The whole path, to find the file.
    pub path: String,
    pub folder: String,
    pub file_name: String,
}

/// The folder documents are saved in: Downloads, else Documents, else home.
pub fn folder() -> Option<PathBuf> {
    dirs::download_dir()
        .or_else(dirs::document_dir)
        .or_else(|| {
            let home = dirs::home_dir()?;
            let downloads = home.join("Downloads");
            Some(if downloads.is_dir() { downloads } else { home })
        })
}

/// Saves `bytes` as `<title>.pdf` in the user's [`folder`]; trouble in `lang`.
pub fn save_pdf(title: &str, bytes: &[u8], lang: Lang) -> Result<SavedFile, AppError> {
    save(title, "pdf", bytes, lang)
}

/// Saves `text` as `<title>.csv` in the user's [`folder`]; trouble in `lang`.
pub fn save_csv(title: &str, text: &str, lang: Lang) -> Result<SavedFile, AppError> {
    save(title, "csv", text.as_bytes(), lang)
}

fn save(title: &str, ext: &str, bytes: &[u8], lang: Lang) -> Result<SavedFile, AppError> {
    save_in(&folder_for(ext, lang)?, title, ext, bytes, lang)
}

/// An empty `<title>.<ext>` made in the user's [`folder`], for a writer that
/// fills it (a database copy, which SQLite writes itself).
pub fn reserve(title: &str, ext: &str, lang: Lang) -> Result<SavedFile, AppError> {
    reserve_in(&folder_for(ext, lang)?, title, ext, lang).map(|(_, saved)| saved)
}

fn folder_for(ext: &str, lang: Lang) -> Result<PathBuf, AppError> {
    folder().ok_or_else(|| AppError::internal(lang.file_trouble(FileTrouble::NoFolder { ext })))
}

/// Saves `bytes` as `<title>.<ext>` in `dir` (made if missing), under a name no other file has.
pub fn save_in(
    dir: &Path,
    title: &str,
    ext: &str,
    bytes: &[u8],
    lang: Lang,
) -> Result<SavedFile, AppError> {
    let (mut file, saved) = reserve_in(dir, title, ext, lang)?;
    if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
        let _ = std::fs::remove_file(&saved.path);
        return Err(could_not_save(dir, ext, e, lang));
    }
    Ok(saved)
}

fn could_not_save(dir: &Path, ext: &str, e: std::io::Error, lang: Lang) -> AppError {
    AppError::internal(lang.file_trouble(FileTrouble::CouldNotSave {
        ext,
        folder: &dir.display().to_string(),
        os: &e.to_string(),
    }))
}

/// Makes an empty `<title>.<ext>` in `dir` (made if missing) under a name no
/// other file has: `<title> (2).<ext>`, `(3)`… when taken.
fn reserve_in(
    dir: &Path,
    title: &str,
    ext: &str,
    lang: Lang,
) -> Result<(std::fs::File, SavedFile), AppError> {
    let failed = |e: std::io::Error| could_not_save(dir, ext, e, lang);
    std::fs::create_dir_all(dir).map_err(failed)?;
    let stem = file_stem(title);
    for n in 1..1000 {
        let name = match n {
            1 => format!("{stem}.{ext}"),
            n => format!("{stem} ({n}).{ext}"),
        };
        let path = dir.join(&name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => {
                let saved = SavedFile {
                    path: path.display().to_string(),
                    folder: dir.display().to_string(),
                    file_name: name,
                };
                return Ok((file, saved));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(failed(e)),
        }
    }
    Err(AppError::internal(lang.file_trouble(
        FileTrouble::NamesTaken {
            ext,
            folder: &dir.display().to_string(),
            stem: &stem,
        },
    )))
}

/// A title made safe as a file name on Windows, macOS and Linux.
fn file_stem(title: &str) -> String {
    let safe: String = title
        .chars()
        .map(|c| match c {
            '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let safe = safe.trim().trim_end_matches('.').trim();
    let safe: String = safe.chars().take(120).collect();
    if safe.is_empty() {
        "Document".into()
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_becomes_a_file_name_every_system_accepts() {
        assert_eq!(
            file_stem("Day sheet Van W-4711 (VW Crafter) Tue 1 Dec 2026"),
            "Day sheet Van W-4711 (VW Crafter) Tue 1 Dec 2026"
        );
        assert_eq!(file_stem("Day sheet A/B: C?"), "Day sheet A-B- C-");
        assert_eq!(file_stem("  ..  "), "Document");
        assert_eq!(file_stem("Tomás Novak…."), "Tomás Novak…");
    }

    #[test]
    fn saving_twice_keeps_both_files() {
        let dir = tempfile::tempdir().unwrap();
        let first = save_in(dir.path(), "Day sheet", "pdf", b"%PDF-1", Lang::En).unwrap();
        let second = save_in(dir.path(), "Day sheet", "pdf", b"%PDF-2", Lang::En).unwrap();
        assert_eq!(first.file_name, "Day sheet.pdf");
        assert_eq!(second.file_name, "Day sheet (2).pdf");
        assert_eq!(std::fs::read(&first.path).unwrap(), b"%PDF-1");
        assert_eq!(std::fs::read(&second.path).unwrap(), b"%PDF-2");
        assert_eq!(first.folder, dir.path().display().to_string());
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_said_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, b"x").unwrap();
        let e = save_in(&file.join("sub"), "Day sheet", "pdf", b"%PDF", Lang::En).unwrap_err();
        assert!(e.message.starts_with("Could not save the PDF in "), "{e:?}");
        let e = save_in(&file.join("sub"), "Tagesblatt", "pdf", b"%PDF", Lang::De).unwrap_err();
        assert!(
            e.message.starts_with("Konnte die PDF-Datei nicht in "),
            "{e:?}"
        );
    }
}
