use crate::lang::Lang;
use crate::rules::Platform;

/// How the app was started: standalone (its own page, URL-based steps) or embedded in a host page
/// (steps kept in memory, the host's URL and links left alone).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppConfig {
    pub lang: Lang,
    pub embedded: bool,
    /// A platform preset for new cases, e.g. a help centre of one platform.
    pub platform: Option<Platform>,
    /// Which steps to show, by route id (`policy`, `evidence`, `channel`, `ticket`, `progress`,
    /// `dispute`); `None` shows all.
    pub steps: Option<Vec<String>>,
    /// A policy pack given by the host (JSON text), already fetched.
    pub policy_pack: Option<String>,
}
