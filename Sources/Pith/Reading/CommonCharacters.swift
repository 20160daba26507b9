/// Very frequent characters per script, used to judge how plausible a decoding is.
/// Text in the right charset is dense in these; the same bytes decoded in a wrong
/// CJK charset give scattered, rare characters.
enum CommonCharacters {
    /// About 300 of the most frequent characters of Simplified Chinese text.
    static let simplified = scalars("""
    的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用\
    道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者\
    意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利\
    什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走\
    义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山\
    金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类\
    求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极\
    林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级\
    整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装\
    广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑\
    维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项
    """)

    /// The same frequent characters in Traditional Chinese forms (Big5 text).
    static let traditional = scalars("""
    的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用\
    道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者\
    意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利\
    什二等產或新己製身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走\
    義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山\
    金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類\
    求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根乾造言聯持組每濟車親極\
    林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫臺單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級\
    整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝\
    廣顯吧阿李標談吃圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑\
    維革劃敵致陳律足態護七興派孩驗責營星夠章音跟志底站嚴巴例防族供效續施留講型料終答緊黃絕奇察母京段依批群項
    """)

    /// About 120 of the most frequent Hangul syllables of Korean text.
    static let hangul = scalars("""
    이다는의에하고을를가서지기한로으도사리자대정시나어인수일아적들해게보국전그있것제부니주요과면상구라만화미\
    장우여없성동경중원마신러비소내문방조위등분연생된말했세였습까되데무계오체실회관결개공이며학발선거외통물진
    """)

    private static func scalars(_ s: String) -> ScalarBitmap {
        ScalarBitmap(s.unicodeScalars.filter { $0.value > 0x7F })
    }
}

/// A set of Basic Multilingual Plane characters as a 65,536-bit map: membership is one bit
/// test, where a `Set` hashes every character looked up (the charset sniffer asks for each
/// character of its sample, for each candidate charset).
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars where s.value < 0x10000 { words[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63) }
    }

    func contains(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && words[Int(s.value >> 6)] & (1 << UInt64(s.value & 63)) != 0
    }
}
