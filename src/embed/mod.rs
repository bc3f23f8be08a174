//! Embedding in host pages and the `window.Shouhou` JS API (issue 7).
