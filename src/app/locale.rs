//! The screen language, shared through context as a signal; every string comes from `i18n`.

use leptos::prelude::*;

use crate::i18n::{guide, ui, Guide, Ui};
use crate::lang::Lang;

#[derive(Clone, Copy)]
pub struct Locale(RwSignal<Lang>);

impl Locale {
    pub fn provide(lang: Lang, embedded: bool) -> Locale {
        let locale = Locale(RwSignal::new(lang));
        if !embedded {
            // The page's own <html lang> follows the switch, so screen readers pronounce it right.
            Effect::new(move |_| {
                let code = locale.lang().code();
                if let Some(root) = document().document_element() {
                    let _ = root.set_attribute("lang", code);
                }
            });
        }
        provide_context(locale);
        locale
    }

    pub fn expect() -> Locale {
        expect_context::<Locale>()
    }

    pub fn lang(&self) -> Lang {
        self.0.get()
    }

    pub fn set(&self, lang: Lang) {
        self.0.set(lang);
    }

    /// The screen strings of the current language (tracked).
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang())
    }

    /// The seeds' guidance in the current language (tracked).
    pub fn guide(&self) -> &'static Guide {
        guide(self.lang())
    }
}
