package org.dancu.tabular;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decides how the first bytes of a file are to be decoded: byte-order marks first, then the
 * zero-byte pattern of UTF-16 without one, then UTF-8 validity, and for 8-bit text the Vietnamese
 * evidence of Windows-1258 against TCVN3. Decoded text is checked once more for TCVN3 or VNI
 * letters stored as Unicode (a legacy file saved again by a Unicode program).
 */
final class EncodingDetector {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final double CLEAR = 0.8;
    private static final double MARGIN = 0.15;
    private static final double VNI_SHARE = 0.3;
    private static final int FEW_WORDS = 20;

    /** The decision: how to decode, how many leading bytes to skip, and what the officer is told. */
    record Detected(Charset charset, int skip, Decoding decoding) {

        /** A cell as Unicode NFC text. */
        String text(String cell) {
            String unicode = decoding.convertedFrom() == LegacyEncoding.TCVN3 ? Tcvn3.toUnicode(cell) : cell;
            return Normalizer.isNormalized(unicode, Normalizer.Form.NFC) ? unicode
                    : Normalizer.normalize(unicode, Normalizer.Form.NFC);
        }
    }

    private EncodingDetector() {
    }

    /**
     * @param sample   the file's first bytes
     * @param complete whether the sample is the whole file (else a sequence cut at its end is not an error)
     */
    static Detected detect(byte[] sample, boolean complete) {
        int n = sample.length;
        if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return unicode(StandardCharsets.UTF_8, TextEncoding.UTF_8, 3, sample, complete);
        }
        if (n >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return unicode(StandardCharsets.UTF_16LE, TextEncoding.UTF_16LE, 2, sample, complete);
        }
        if (n >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return unicode(StandardCharsets.UTF_16BE, TextEncoding.UTF_16BE, 2, sample, complete);
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = sample[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
                controls++;
            }
        }
        int pairs = Math.max(1, n / 2);
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return unicode(StandardCharsets.UTF_16LE, TextEncoding.UTF_16LE, 0, sample, complete);
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return unicode(StandardCharsets.UTF_16BE, TextEncoding.UTF_16BE, 0, sample, complete);
        }
        if (evenZeros + oddZeros > 0 || controls > n / 100) {
            throw new TabularException("tabular.error.binary");
        }
        Utf8Check utf8 = Utf8Check.of(sample, complete);
        if (utf8.invalid() == 0) {
            return unicode(StandardCharsets.UTF_8, TextEncoding.UTF_8, 0, sample, complete);
        }
        if (utf8.multiByte() >= 2) {
            throw new TabularException("tabular.error.mixed-encoding");
        }
        return eightBit(sample);
    }

    private static Detected unicode(Charset charset, TextEncoding encoding, int skip, byte[] sample,
                                    boolean complete) {
        int length = sample.length - skip;
        if (charset != StandardCharsets.UTF_8) {
            length -= length % 2;
        }
        String text = new String(sample, skip, complete ? sample.length - skip : length, charset);
        if (text.indexOf('\uFFFD') >= 0 && (complete || text.indexOf('\uFFFD') < text.length() - 1)) {
            throw new TabularException("tabular.error.malformed-text", encodingName(encoding));
        }
        if (text.chars().anyMatch(c -> c == 0)) {
            throw new TabularException("tabular.error.binary");
        }
        return new Detected(charset, skip, ofText(text, encoding, skip > 0));
    }

    /**
     * The decoding of text already in Unicode (a decoded CSV sample or an XLSX's first cells),
     * converting TCVN3 letters and refusing VNI.
     */
    static Decoding ofText(String text, TextEncoding encoding, boolean byteOrderMark) {
        boolean decomposed = !Normalizer.isNormalized(text, Normalizer.Form.NFC);
        VietnameseEvidence.Score asIs = VietnameseEvidence.score(text);
        if (asIs.words() == 0 || asIs.share() >= CLEAR) {
            return new Decoding(encoding, byteOrderMark, null, decomposed, confidence(asIs, 0));
        }
        VietnameseEvidence.Score asTcvn3 = VietnameseEvidence.score(Tcvn3.toUnicode(text));
        if (asTcvn3.share() >= CLEAR && asTcvn3.share() - asIs.share() >= MARGIN) {
            return new Decoding(encoding, byteOrderMark, LegacyEncoding.TCVN3, decomposed,
                    confidence(asTcvn3, asIs.share()));
        }
        if (VietnameseEvidence.vniShare(text) >= VNI_SHARE) {
            throw new TabularException("tabular.error.legacy-vni");
        }
        return new Decoding(encoding, byteOrderMark, null, decomposed, Confidence.LOW);
    }

    private static Detected eightBit(byte[] sample) {
        String latin = new String(sample, StandardCharsets.ISO_8859_1);
        VietnameseEvidence.Score windows = VietnameseEvidence.score(new String(sample, WINDOWS_1258));
        VietnameseEvidence.Score tcvn3 = VietnameseEvidence.score(Tcvn3.toUnicode(latin));
        if (tcvn3.share() >= CLEAR && tcvn3.share() - windows.share() >= MARGIN) {
            return new Detected(StandardCharsets.ISO_8859_1, 0, new Decoding(TextEncoding.TCVN3, false,
                    LegacyEncoding.TCVN3, false, confidence(tcvn3, windows.share())));
        }
        if (windows.share() >= CLEAR && windows.share() - tcvn3.share() >= MARGIN) {
            boolean decomposed = !Normalizer.isNormalized(new String(sample, WINDOWS_1258), Normalizer.Form.NFC);
            return new Detected(WINDOWS_1258, 0, new Decoding(TextEncoding.WINDOWS_1258, false, null, decomposed,
                    confidence(windows, tcvn3.share())));
        }
        if (VietnameseEvidence.vniShare(latin) >= VNI_SHARE) {
            throw new TabularException("tabular.error.legacy-vni");
        }
        throw new TabularException("tabular.error.encoding-unknown");
    }

    private static Confidence confidence(VietnameseEvidence.Score chosen, double runnerUp) {
        if (chosen.words() == 0) {
            return Confidence.HIGH;
        }
        if (chosen.words() >= FEW_WORDS && chosen.share() >= 0.95 && chosen.share() - runnerUp >= 0.3) {
            return Confidence.HIGH;
        }
        return chosen.share() >= CLEAR ? Confidence.MEDIUM : Confidence.LOW;
    }

    private static String encodingName(TextEncoding encoding) {
        return encoding.name().replace('_', '-');
    }

    /** Counts of well-formed multi-byte sequences and of bytes that cannot be UTF-8. */
    record Utf8Check(int multiByte, int invalid) {

        static Utf8Check of(byte[] bytes, boolean complete) {
            int multiByte = 0;
            int invalid = 0;
            int i = 0;
            while (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                        : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (length == 0) {
                    invalid++;
                    i++;
                    continue;
                }
                if (i + length > bytes.length) {
                    invalid += complete ? 1 : 0;
                    break;
                }
                boolean continuation = true;
                for (int k = 1; k < length; k++) {
                    continuation &= (bytes[i + k] & 0xC0) == 0x80;
                }
                if (!continuation) {
                    invalid++;
                    i++;
                } else {
                    multiByte += length > 1 ? 1 : 0;
                    i += length;
                }
            }
            return new Utf8Check(multiByte, invalid);
        }
    }
}
