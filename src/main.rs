fn main() {
    // Mounting is the page's choice: boot.js starts the app on its own page, host pages mount
    // widgets through embed.js (both call the exports of shouhou::embed).
    shouhou::embed::on_wasm_start();
}
