import CLibXML2

/// The libxml2 the process has loaded, as far as reading pages is concerned.
enum LibXMLVersion {
    /// `LIBXML_VERSION` of the loaded library (20914 for 2.9.14, 21504 for 2.15.4).
    static let loaded = Int(pith_libxml_runtime_version())

    /// From 2.14 on, libxml2's HTML tokenizer follows HTML5: tag and attribute names run to a
    /// blank, `/` or `>`; `<?`, `<!x` and `</` + non-letter are bogus comments to the next `>`;
    /// `iframe`, `xmp`, `noembed`, `noframes` are raw text and `title`, `textarea` RCDATA;
    /// `plaintext` takes the rest of the page; comments also end at `--!>` (and `<!-->` is one);
    /// a CR becomes a LF. `InertContentStripper` reads markup the way the loaded library does.
    static let html5Tokenizer = loaded >= 21400
}
