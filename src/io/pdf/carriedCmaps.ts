/**
 * The CMaps this reader carries (see gbCmaps.build.ts): pdfjs's Adobe-GB1 set for simplified
 * Chinese, i.e. the GB2312 / GBK / GB18030 and Unicode (UCS-2, UTF-16) encodings, and the
 * CID → Unicode table. Left out: the rare GBT (GB/T 12345), UTF-8 and UTF-32 encodings, and every
 * CMap for traditional Chinese, Japanese and Korean; a PDF needing one of them is refused.
 */
export const CARRIED_CMAP = /^(Adobe-GB1-.*|GB-(EUC-)?[HV]|GBpc-EUC-[HV]|GBKp?-EUC-[HV]|GBK2K-[HV]|UniGB-(UCS2|UTF16)-[HV])$/;
