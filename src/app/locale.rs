//! The screen language, shared through context as a signal; every string comes from `i18n`.
//!
//! Screens read their strings once, as plain text: `App` builds everything below the header again when
//! the buyer switches the language. One reactive root instead of a reactive closure per string keeps
//! the wasm small (each closure is compiled on its own).

use leptos::prelude::*;

use crate::i18n::guide::{start_guide, Start};
use crate::i18n::{guide, ui, Guide, Ui};
use crate::lang::Lang;
use crate::storage::{Shelf, LANG_KEY};

#[derive(Clone, Copy)]
pub struct Locale(RwSignal<Lang>);

impl Locale {
    /// Embedded, the host page's `lang` holds; on the app's own page the buyer's last choice wins.
    pub fn provide(lang: Lang, embedded: bool) -> Locale {
        let shelf = (!embedded).then(Shelf::open);
        let locale = Locale(RwSignal::new(Locale::start_lang(lang, embedded)));
        if let Some(shelf) = shelf {
            Effect::new(move |previous: Option<Lang>| {
                let lang = locale.tracked_lang();
                // The page's own <html lang> follows the switch, so screen readers pronounce it right.
                if let Some(root) = document().document_element() {
                    let _ = root.set_attribute("lang", lang.code());
                }
                if previous.is_some_and(|previous| previous != lang) {
                    // Not kept (storage denied or full): the choice still holds for this visit.
                    let _ = shelf.set(LANG_KEY, lang.code());
                }
                lang
            });
        }
        provide_context(locale);
        locale
    }

    /// The language a page starts in: embedded, `lang`; on the app's own page the buyer's last choice,
    /// else `lang`.
    pub fn start_lang(lang: Lang, embedded: bool) -> Lang {
        let chosen = (!embedded).then(Shelf::open).and_then(|shelf| shelf.get(LANG_KEY));
        chosen.map(|code| Lang::from_code(&code)).unwrap_or(lang)
    }

    pub fn expect() -> Locale {
        expect_context::<Locale>()
    }

    /// The language the screen is built in (untracked: a switch rebuilds the screen).
    pub fn lang(&self) -> Lang {
        self.0.get_untracked()
    }

    /// The language, tracked: for what stays on screen across a switch (the header, the rebuild itself).
    pub fn tracked_lang(&self) -> Lang {
        self.0.get()
    }

    /// A string of the header, which stays on screen across a switch and so follows it. One closure
    /// type for every such string.
    pub fn live(self, pick: fn(&Ui) -> &'static str) -> impl Fn() -> &'static str + Copy + 'static {
        move || pick(ui(self.tracked_lang()))
    }

    pub fn set(&self, lang: Lang) {
        self.0.set(lang);
    }

    /// The screen strings of the language the screen is built in.
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang())
    }

    /// The start page's part of the seeds' guidance, in the language the screen is built in.
    pub fn start_guide(&self) -> &'static Start {
        start_guide(self.lang())
    }

    /// The seeds' guidance in the language the screen is built in.
    pub fn guide(&self) -> &'static Guide {
        guide(self.lang())
    }
}
