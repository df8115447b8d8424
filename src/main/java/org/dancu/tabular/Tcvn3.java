package org.dancu.tabular;

/**
 * The TCVN 5712:1993 VN3 ("ABC") code table: which Latin-1 code point stands for which Vietnamese
 * letter. VN3 holds the lowercase letters with tones and the uppercase letters without; uppercase
 * letters with tones were shown with a separate capitals font on the same code points, so they
 * arrive as their lowercase form.
 */
final class Tcvn3 {

    private static final char[] TABLE = new char[256];

    static {
        for (char c = 0; c < 256; c++) {
            TABLE[c] = c;
        }
        map(0xA1, "ĂÂÊÔƠƯĐăâêôơưđ");
        map(0xB5, "àảãáạ");
        map(0xBB, "ằẳẵắ");
        map(0xC6, "ặầẩẫấậè");
        map(0xCE, "ẻẽéẹềểễếệìỉ");
        map(0xDC, "ĩíịò");
        map(0xE1, "ỏõóọồổỗốộờởỡớợù");
        map(0xF1, "ủũúụừửữứựỳỷỹýỵ");
    }

    private Tcvn3() {
    }

    private static void map(int first, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            TABLE[first + i] = letters.charAt(i);
        }
    }

    /** Text whose characters are VN3 code points, as Unicode; characters above 0xFF pass unchanged. */
    static String toUnicode(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 256 && TABLE[c] != c) {
                chars[i] = TABLE[c];
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }
}
