//! Builds runtime/ for each musl target and collects the files to embed.

pub fn build() {}
