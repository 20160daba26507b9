import Foundation
import Testing
@testable import Pith

private func label(_ s: String, limit: Int = 1024) -> String? {
    Data(s.utf8).withUnsafeBytes { MetaCharsetPrescan.declaredLabel(in: $0, limit: limit) }
}

@Test func readsMetaCharset() {
    #expect(label("<html><head><meta charset=\"GBK\"></head>") == "gbk")
    #expect(label("<META CHARSET=big5>") == "big5")
}

@Test func readsHttpEquivContentType() {
    #expect(label("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">") == "gb2312")
    #expect(label("<meta content='text/html;charset=Shift_JIS' http-equiv='content-type'>") == "shift_jis")
}

@Test func contentWithoutHttpEquivIsIgnored() {
    #expect(label("<meta name=\"description\" content=\"charset=gbk is mentioned here\">") == nil)
}

@Test func skipsCommentsAndOtherTags() {
    #expect(label("<!-- <meta charset=big5> --><title>x</title><meta charset=utf-8>") == "utf-8")
}

@Test func readsXMLDeclaration() {
    #expect(label("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>") == "windows-1251")
}

@Test func standardPrescanStopsAt1024Bytes() {
    let html = "<!-- " + String(repeating: "x", count: 2000) + " --><meta charset=gbk>"
    #expect(label(html) == nil)
    #expect(label(html, limit: 16 * 1024) == "gbk")
}
