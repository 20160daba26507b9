import Testing
@testable import Pith

/// The stripper reads markup as the loaded libxml2 does (`LibXMLVersion`). These check the
/// HTML5 reading (libxml2 2.14+) on any machine by asking for it; that its cuts leave libxml2
/// 2.15's own tree is checked by `LibXMLTreeReaderTests` under `scripts/libxml2-newer.sh`.
struct HTML5StripperTests {
    static func strip(_ html: String, html5: Bool) -> String {
        String(decoding: InertContentStripper.strip(Array(html.utf8), keepLinks: false, tokenize: false, html5: html5).bytes,
               as: UTF8.self)
    }

    @Test func rawTextElementsAreReadToTheirEndTag() {
        // In an `xmp`, `iframe`, `title` or `textarea`, a `<script>` is text: nothing is cut
        // there, and the script after the element is.
        for name in ["xmp", "iframe", "title", "textarea", "noembed", "noframes"] {
            let page = "<\(name)>a <script>var x = 1;</script> b</\(name)><script>var y = 2;</script><p>after</p>"
            let html5 = Self.strip(page, html5: true)
            #expect(html5.contains("<script>var x = 1;</script>"), "\(name)")
            #expect(!html5.contains("var y"), "\(name)")
            // libxml2 2.9 reads the inner script as a script.
            #expect(!Self.strip(page, html5: false).contains("var x") || name == "textarea" || name == "title", "\(name)")
        }
    }

    @Test func plaintextTakesTheRestOfThePage() {
        let page = "<script>var x = 1;</script><plaintext><script>var y = 2;</script><div class=a data-x=1>t</div>"
        let html5 = Self.strip(page, html5: true)
        #expect(!html5.contains("var x"))
        #expect(html5.hasSuffix("<plaintext><script>var y = 2;</script><div class=a data-x=1>t</div>"))
    }

    @Test func bogusCommentsRunToTheNextGreaterThan() {
        // `<?`, `<!x` and `</` + a non-letter open a bogus comment that ends at `>`: a script
        // start inside it is not markup.
        for opener in ["<?", "<!x ", "</ "] {
            let page = "<p>a</p>\(opener) <script>var x = 1; ><script>var y = 2;</script><p>b</p>"
            let html5 = Self.strip(page, html5: true)
            #expect(html5.contains("<script>var x = 1; >"), "\(opener)")
            #expect(!html5.contains("var y"), "\(opener)")
        }
        #expect(Self.strip("<p>a</></p><script>var y;</script>", html5: true) == "<p>a</></p><script></script>")
    }

    @Test func commentsEndAsHTML5Says() {
        #expect(Self.strip("<!--><script>var a;</script><p>x</p>", html5: true) == "<script></script><p>x</p>")
        #expect(Self.strip("<!---><script>var a;</script><p>x</p>", html5: true) == "<script></script><p>x</p>")
        #expect(Self.strip("<!-- a --!><script>var a;</script><p>x</p>", html5: true) == "<script></script><p>x</p>")
        // libxml2 2.9 reads all three as comments running to the next `-->` (here none: the
        // rest of the page is left as it is).
        #expect(Self.strip("<!--><script>var a;</script><p>x</p>", html5: false) == "<!--><script>var a;</script><p>x</p>")
    }

    @Test func endTagsReadTheirAttributes() {
        // A quoted `>` in an end tag does not end it; the script start in the quotes is not markup.
        let page = "<div>a</div class=\"x><script>var x;\"><script>var y;</script>"
        let html5 = Self.strip(page, html5: true)
        #expect(html5.contains("<script>var x;\">"))
        #expect(!html5.contains("var y"))
    }

    @Test func tagNamesRunToABlank() {
        // `<p` followed by non-ASCII letters is one name, and its attributes are read as such;
        // libxml2 2.9 reads a `p` and then bytes it drops, and the tag is left whole.
        let page = "<p\u{4E2D}\u{6587} data-x=1 class=a>text</p><div data-x=1 class=a>t</div>"
        #expect(Self.strip(page, html5: true) == "<p\u{4E2D}\u{6587} class=a>text</p><div class=a>t</div>")
        // With attribute tokens, what follows the name is replaced: after the whole name in
        // HTML5, after the `p` for libxml2 2.9.
        for html5 in [true, false] {
            let (markup, tokens) = InertContentStripper.strip(Array(page.utf8), keepLinks: false, tokenize: true, html5: html5)
            #expect(!tokens.attributeSets.isEmpty)
            #expect(String(decoding: markup, as: UTF8.self).hasPrefix("<p\u{4E2D}\u{6587}") == html5)
        }
    }

    @Test func oddAttributeNamesLeaveTheirTagWhole() {
        // `a"b` is one attribute name to the HTML5 tokenizer; the tag is left as written.
        let page = "<div a\"b=1 data-x=2 class=c>t</div><div data-x=2 class=c>u</div>"
        let html5 = Self.strip(page, html5: true)
        #expect(html5.contains("<div a\"b=1 data-x=2 class=c>"))
        #expect(html5.contains("<div class=c>u"))
    }

    @Test func scriptsWithEscapedPartsEndWhereHTML5Says() {
        // `<!-- <script>` inside a script: the first `</script>` closes the inner one only.
        let page = "<script><!-- <script>a</script> b --></script><p class=x data-y=1>after</p>"
        #expect(Self.strip(page, html5: true) == "<script></script><p class=x>after</p>")
        #expect(Self.strip("<script>a</script ><p data-y=1>b</p>", html5: true) == "<script></script ><p>b</p>")
        // A `</scriptx>` does not end a script.
        #expect(Self.strip("<script>a</scriptx>b</script><p data-y=1>c</p>", html5: true) == "<script></script><p>c</p>")
    }

    @Test func drawingsWithATitleHoldingTheirEndAreLeftWhole() {
        let icon = "<svg><path d=\"M0\"/></svg><p>x</p>"
        #expect(Self.strip(icon, html5: true) == "<svg></svg><p>x</p>")
        // An SVG `<title>` is raw text to the HTML5 tokenizer: the `</svg>` in it is not the end.
        let odd = "<svg><title>a</svg> b</title><path d=\"M0\"/></svg><p>x</p>"
        #expect(Self.strip(odd, html5: true).contains("<title>a</svg> b</title>"))
    }

    @Test func carriageReturnsAreNotTokenized() {
        let page = "<p>" + String(repeating: "word ", count: 20) + "\r\nmore words after the break</p>"
        let (markup, tokens) = InertContentStripper.strip(Array(page.utf8), keepLinks: false, tokenize: true, html5: true)
        #expect(tokens.texts.count == 1)
        #expect(String(decoding: markup, as: UTF8.self).contains("\r\nmore words after the break"))
    }
}
