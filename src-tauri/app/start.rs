//! The page's start: Rust hands the page what its first board needs
//! ([`StartView`](crate::commands::StartView): the clock, the language, the
//! shop and the board) as a script served among the page's own files,
//! `/start.js`, which `ui/index.html` runs before the app's module. It is made
//! when the page asks for it, so a reload gets a fresh one; and the board is
//! drawn without waiting for a command's round trip, which the webview only
//! starts once React runs.

use crate::commands::start_view;
use crate::state::AppState;
use std::borrow::Cow;
use std::future::Future;
use std::sync::OnceLock;
use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::{App, AppHandle, Assets, Manager, Runtime};

/// The script's path among the page's files.
const SCRIPT: &str = "/start.js";

/// The page's files (as built into the binary) plus the start script.
pub struct StartPage<R: Runtime> {
    files: Box<dyn Assets<R>>,
    app: OnceLock<AppHandle<R>>,
}

impl<R: Runtime> StartPage<R> {
    /// Serves `context`'s files with the start script among them.
    pub fn around(context: &mut tauri::Context<R>) {
        let files = context.set_assets(Box::new(NoFiles));
        context.set_assets(Box::new(StartPage {
            files,
            app: OnceLock::new(),
        }));
    }

    /// `window.equipflowStart = {…}`; `null` before the app is set up, and
    /// then the page asks `start_get` itself.
    fn script(&self) -> Vec<u8> {
        let start = self
            .app
            .get()
            .map(|app| block_on(start_view(&app.state::<AppState>())));
        let json = start
            .and_then(|s| serde_json::to_string(&s).ok())
            // JSON is JavaScript but for these two, which old engines refuse in a string.
            .map(|j| {
                j.replace('\u{2028}', "\\u2028")
                    .replace('\u{2029}', "\\u2029")
            })
            .unwrap_or_else(|| "null".into());
        format!("window.equipflowStart = {json};\n").into_bytes()
    }
}

impl<R: Runtime> Assets<R> for StartPage<R> {
    fn setup(&self, app: &App<R>) {
        let _ = self.app.set(app.handle().clone());
        self.files.setup(app);
    }

    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        if key.as_ref() == SCRIPT {
            return Some(Cow::Owned(self.script()));
        }
        self.files.get(key)
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        self.files.iter()
    }

    fn csp_hashes(&self, html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        self.files.csp_hashes(html_path)
    }
}

/// Tauri asks for a file from a task on its async runtime (ours, which has
/// several threads): the answer waits there for the database.
fn block_on<F: Future>(run: F) -> F::Output {
    match tokio::runtime::Handle::try_current() {
        Ok(rt) => tokio::task::block_in_place(|| rt.block_on(run)),
        Err(_) => tauri::async_runtime::block_on(run),
    }
}

/// What stands in for the files while [`StartPage::around`] takes them.
struct NoFiles;

impl<R: Runtime> Assets<R> for NoFiles {
    fn get(&self, _: &AssetKey) -> Option<Cow<'_, [u8]>> {
        None
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        Box::new(std::iter::empty())
    }

    fn csp_hashes(&self, _: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        Box::new(std::iter::empty())
    }
}
