//! Which database the app works on: the shop's own, or the demo beside it.
//! The one place a database is chosen and opened, so another backend (a
//! PostgreSQL server for several desks) changes only this file.

use engine::{Ctx, Db};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The shop's real data, or the demo that never mixes with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ShopKind {
    Mine,
    Demo,
}

/// Where each of the two databases lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopFiles {
    pub mine: PathBuf,
    pub demo: PathBuf,
}

impl ShopFiles {
    /// The shop's database at `--db PATH`, else `EQUIPFLOW_DB`, else the OS
    /// app-data directory (e.g. ~/.local/share/io.equipflow.desktop/equipflow.db);
    /// the demo beside it (equipflow-demo.db).
    pub fn from_args(args: &[String], identifier: &str) -> ShopFiles {
        let mine = database_path(args, identifier);
        let stem = mine
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "equipflow".into());
        let demo = mine.with_file_name(format!("{stem}-demo.db"));
        ShopFiles { mine, demo }
    }

    pub fn path(&self, kind: ShopKind) -> &Path {
        match kind {
            ShopKind::Mine => &self.mine,
            ShopKind::Demo => &self.demo,
        }
    }

    /// Whether the shop's own database has been set up.
    pub fn exists(&self, kind: ShopKind) -> bool {
        self.path(kind).exists()
    }

    /// Opens (creating when new) one of the two; the demo is seeded when it is new.
    pub async fn open(&self, kind: ShopKind, ctx: &Ctx) -> engine::Result<Db> {
        let path = self.path(kind);
        let db = Db::open(path).await?;
        if kind == ShopKind::Demo && engine::demo::seed_demo(&db, ctx).await? {
            eprintln!("equipflow: demo shop created at {}", path.display());
        }
        Ok(db)
    }

    /// What opens at start: the demo when asked for (`--demo`), else the
    /// shop's own once it exists; `None` on a first run (the app asks).
    pub fn at_start(&self, args: &[String]) -> Option<ShopKind> {
        if args.iter().any(|a| a == "--demo") {
            Some(ShopKind::Demo)
        } else if self.exists(ShopKind::Mine) {
            Some(ShopKind::Mine)
        } else {
            None
        }
    }
}

fn database_path(args: &[String], identifier: &str) -> PathBuf {
    if let Some(i) = args.iter().position(|a| a == "--db") {
        if let Some(p) = args.get(i + 1) {
            return PathBuf::from(p);
        }
    }
    if let Some(p) = args.iter().find_map(|a| a.strip_prefix("--db=")) {
        return PathBuf::from(p);
    }
    if let Ok(p) = std::env::var("EQUIPFLOW_DB") {
        return PathBuf::from(p);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(identifier)
        .join("equipflow.db")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        std::iter::once("equipflow")
            .chain(a.iter().copied())
            .map(String::from)
            .collect()
    }

    #[test]
    fn the_demo_lives_beside_the_shop() {
        let files = ShopFiles::from_args(&args(&["--db", "/data/kaiser.db"]), "id");
        assert_eq!(files.mine, PathBuf::from("/data/kaiser.db"));
        assert_eq!(files.demo, PathBuf::from("/data/kaiser-demo.db"));
        let files = ShopFiles::from_args(&args(&["--db=/x/equipflow.db", "--demo"]), "id");
        assert_eq!(files.demo, PathBuf::from("/x/equipflow-demo.db"));
    }

    #[test]
    fn demo_opens_the_demo_and_a_first_run_asks() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("equipflow.db");
        let db = db.to_str().unwrap();
        let files = ShopFiles::from_args(&args(&["--db", db]), "id");
        assert_eq!(files.at_start(&args(&["--db", db])), None, "first run: ask");
        assert_eq!(
            files.at_start(&args(&["--db", db, "--demo"])),
            Some(ShopKind::Demo)
        );
        std::fs::write(&files.mine, b"").unwrap();
        assert_eq!(files.at_start(&args(&["--db", db])), Some(ShopKind::Mine));
        assert_eq!(
            files.at_start(&args(&["--demo", "--db", db])),
            Some(ShopKind::Demo)
        );
    }
}
