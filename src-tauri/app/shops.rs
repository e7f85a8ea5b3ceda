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
        let demo = mine.with_file_name(format!("{}-demo.db", stem_of(&mine)));
        ShopFiles { mine, demo }
    }

    /// Where the desk keeps the language a person picked, beside the shop's database.
    pub fn language(&self) -> PathBuf {
        self.mine.with_file_name("language")
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

    /// A shop database from before shops existed holds the demo (every new
    /// database was filled with it then): opened as the shop's own, it
    /// would show the demo as "my shop". So it becomes what it is: named as
    /// the demo and moved to the demo's place (or, if a demo is there
    /// already, kept aside as `<name>-before-shops.db`), and the shop's own
    /// place is free for a first run to ask. Says where it went; `None`
    /// when there was nothing to do.
    pub async fn settle_before_shops(&self) -> Result<Option<PathBuf>, String> {
        if !self.mine.exists() {
            return Ok(None);
        }
        let db = Db::open(&self.mine).await.map_err(|e| e.to_string())?;
        let old = engine::demo::is_demo_from_before_shops(&db).await;
        if old.as_ref().is_ok_and(|old| *old) {
            engine::demo::name_as_demo(&db)
                .await
                .map_err(|e| e.to_string())?;
        }
        db.close().await;
        let old = old.map_err(|e| e.to_string())?;
        if !old {
            return Ok(None);
        }
        let to = if self.demo.exists() {
            self.mine
                .with_file_name(format!("{}-before-shops.db", stem_of(&self.mine)))
        } else {
            self.demo.clone()
        };
        for suffix in ["", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{}{suffix}", self.mine.display()));
            if from.exists() {
                std::fs::rename(&from, format!("{}{suffix}", to.display()))
                    .map_err(|e| format!("cannot move {}: {e}", from.display()))?;
            }
        }
        Ok(Some(to))
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

/// "kaiser" of /data/kaiser.db: the name the demo and a kept-aside file are made from.
fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "equipflow".into())
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

    fn ctx() -> Ctx {
        Ctx::new("test", chrono::Utc::now())
    }

    /// A database filled with the demo, as every new one was before shops.
    async fn before_shops(path: &Path) {
        let db = Db::open(path).await.unwrap();
        engine::demo::seed_demo(&db, &ctx()).await.unwrap();
        engine::store::settings::set(db.pool(), "shop_name", "My shop")
            .await
            .unwrap();
        db.close().await;
    }

    async fn name_of(path: &Path) -> String {
        let db = Db::open(path).await.unwrap();
        let name = engine::store::settings::get_text(db.pool(), "shop_name")
            .await
            .unwrap();
        db.close().await;
        name
    }

    #[test]
    fn a_database_from_before_shops_becomes_the_demo_and_a_first_run_asks() {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let dir = tempfile::tempdir().unwrap();
            let db = dir.path().join("equipflow.db");
            let a = args(&["--db", db.to_str().unwrap()]);
            let files = ShopFiles::from_args(&a, "id");
            before_shops(&files.mine).await;
            assert_eq!(
                files.at_start(&a),
                Some(ShopKind::Mine),
                "it would open as mine"
            );

            let moved = files.settle_before_shops().await.unwrap();
            assert_eq!(moved.as_deref(), Some(files.demo.as_path()));
            assert!(!files.mine.exists());
            assert_eq!(files.at_start(&a), None, "a first run asks");
            assert_eq!(name_of(&files.demo).await, engine::demo::DEMO_SHOP_NAME);

            // A shop set up since (empty) stays where it is.
            let db = Db::open(&files.mine).await.unwrap();
            db.close().await;
            assert_eq!(files.settle_before_shops().await.unwrap(), None);
            assert!(files.mine.exists());

            // With a demo already there, the old file is kept aside, not lost.
            std::fs::remove_file(&files.mine).unwrap();
            before_shops(&files.mine).await;
            let kept = files.settle_before_shops().await.unwrap().unwrap();
            assert_eq!(kept, dir.path().join("equipflow-before-shops.db"));
            assert!(kept.exists() && files.demo.exists() && !files.mine.exists());
        });
    }
}
