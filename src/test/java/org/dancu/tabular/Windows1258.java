package org.dancu.tabular;

import java.nio.charset.Charset;
import java.text.Normalizer;

/** Text as offices' Windows-1258 files hold it, for the tests that read such files. */
public final class Windows1258 {

    public static final Charset CHARSET = Charset.forName("windows-1258");

    private Windows1258() {
    }

    /** The file's bytes: Windows-1258 has no precomposed "ễ", so each tone is written as a separate mark. */
    public static byte[] encode(String text) {
        return separateTones(text).getBytes(CHARSET);
    }

    /** The form Windows-1258 stores: letters with their vowel marks, tones as separate combining marks. */
    static String separateTones(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tones = decomposed.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            out.append(Normalizer.normalize(decomposed.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    Normalizer.Form.NFC)).append(tones);
        }
        return out.toString();
    }
}
