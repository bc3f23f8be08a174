//! Every screen string, one place per language (zh-CN first, English second).
