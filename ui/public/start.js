// Rust serves its own start.js in the app (src-tauri/app/start.rs): the clock,
// the language, the shop and its board. This one is what a page from the dev
// server gets: nothing, so it asks `start_get`.
window.equipflowStart = null;
