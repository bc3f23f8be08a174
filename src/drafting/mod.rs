//! Request texts for every channel and purpose, fitted to the buyer's facts (issue 4).
