import Testing
@testable import Pith

@Test func dropsAHiddenNoticeBesideAVisibleArticle() throws {
    let notice = String(repeating: "We and our partners store and read information on your device to measure and improve our services. ", count: 12)
    let a = try extract(page(paragraphs: proseEN, after: "<div style=\"display:none\" class=\"box\"><p>\(notice)</p></div>"))
    #expect(!a.text.contains("our partners store"))
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func dropsAHiddenStructuredCopyOfTheArticle() throws {
    // A structured-data copy of the whole text, hidden, bigger than the visible paragraphs.
    let copy = (proseEN + proseEN + proseEN).joined(separator: " ")
    let a = try extract(page(paragraphs: proseEN, after: "<div style=\"display:none\" itemscope><p>\(copy)</p><p>NewsSiteName</p></div>"))
    #expect(!a.text.contains("NewsSiteName"))
    #expect(a.paragraphs.filter { $0 == proseEN[0] }.count == 1)
}

@Test func keepsABodyThatWaitsHiddenForAScript() throws {
    // Streamed markup: a visible shell, the page itself in a hidden element a script swaps in.
    let html = """
        <html><body><div id="shell"><p>Loading…</p></div>
        <div hidden id="S:0"><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>A day in the city</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())</article></div></body></html>
        """
    let a = try extract(html)
    for p in proseEN { #expect(a.text.contains(p)) }
    #expect(!a.text.contains("Home"))
}

@Test func keepsTabPanelsAndDropsHiddenWordsInsideALine() throws {
    let spec = "The frame is made of recycled aluminium and weighs eleven kilograms, with a five-year warranty on every part."
    let a = try extract(page(paragraphs: proseEN, after: """
        <button role="tab" aria-controls="specs">Specifications</button>
        <div id="specs" style="display:none"><p>\(spec)</p></div>
        <p>The council will vote on the plan next month<span style="display:none"> HIDDENWORD</span>, officials said on Tuesday.</p>
        """))
    #expect(a.text.contains(spec))
    #expect(!a.text.contains("HIDDENWORD"))
    #expect(a.text.contains("officials said on Tuesday"))
}

@Test func accordionRegionsTabPanesAndAnswersAreOpenedButOtherHiddenBoxesAreNot() throws {
    let spec = "The frame is made of recycled aluminium and weighs eleven kilograms, with a five-year warranty on every part."
    let answer = "Yes: every order over fifty pounds ships free to any address in the country, within three working days."
    let pane = "Assembly takes about twenty minutes with the tool in the box, and the manual shows every step in pictures."
    let promo = "Sign up today and save ten percent on your first order with the code we send to your inbox right away."
    let a = try extract(page(paragraphs: proseEN, after: """
        <div class="collapse-wrapper" style="display:none"><div role="region" aria-labelledby="h-specs"><p>\(spec)</p></div></div>
        <div class="faq__answer" style="display:none"><p>\(answer)</p></div>
        <div class="tab-pane fade" hidden><p>\(pane)</p></div>
        <div class="promo" style="display:none"><p>\(promo)</p></div>
        <div style="display:none"><div role="region"><p>An unlabelled hidden region stays hidden, whatever it holds inside it.</p></div></div>
        """))
    #expect(a.text.contains(spec))
    #expect(a.text.contains(answer))
    #expect(a.text.contains(pane))
    #expect(!a.text.contains("Sign up today"))
    #expect(!a.text.contains("unlabelled hidden region"))
}
