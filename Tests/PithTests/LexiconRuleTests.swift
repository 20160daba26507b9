import Testing
@testable import Pith

@Test func dropsPromptsInsideTheBody() throws {
    let a = try extract(page(paragraphs: proseZH, after: "<p>点击下载</p><p>下载APP</p><p>分享到微信</p>"))
    for s in ["点击下载", "下载APP", "分享到微信"] { #expect(!a.text.contains(s)) }
    #expect(a.removed.contains { $0.text == "点击下载" && $0.reason == .downloadPrompt })
}

@Test func keepsBodySentencesThatMentionDownloads() throws {
    let p = "市民可以点击下载这份报告的电子版，也可以到各区图书馆借阅纸质版本，了解详细的规划内容。"
    let a = try extract(page(paragraphs: proseZH + [p]))
    #expect(a.text.contains(p))
}
