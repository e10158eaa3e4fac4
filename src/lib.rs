//! planmeter: progress charts for the quantified targets of Chinese local-government
//! industrial plans.
//!
//! Read in this order: [`catalog`] (the plans as data, checked at build time against the
//! official texts), [`config`] (the widget config, parsed once at the edge), [`progress`]
//! (status and expected path, pure), [`provenance`] (where figures come from), [`chart`] (layout as data, drawing generic over
//! plotters' `DrawingBackend`), [`widget`] (all of it for one widget), [`dashboard`]
//! (a whole plan), [`render`] (natively: the same chart as SVG). Only `web` — compiled
//! for wasm32 alone — touches the browser.

pub mod catalog;
pub mod chart;
pub mod config;
pub mod dashboard;
pub mod data;
pub mod i18n;
pub mod json;
pub mod limits;
pub mod numerals;
pub mod progress;
pub mod provenance;
pub mod sorted;
pub mod widget;

#[cfg(any(not(target_arch = "wasm32"), feature = "author"))]
pub mod extract;
#[cfg(any(not(target_arch = "wasm32"), feature = "author"))]
pub mod render;

#[cfg(target_arch = "wasm32")]
mod web;
