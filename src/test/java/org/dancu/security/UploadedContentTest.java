package org.dancu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class UploadedContentTest {

    private static byte[] bytes(int... values) {
        byte[] content = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            content[i] = (byte) values[i];
        }
        return content;
    }

    @Test
    void eachKindIsToldByItsFirstBytes() {
        assertThat(UploadedContent.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(UploadedContent.PDF);
        assertThat(UploadedContent.of(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(UploadedContent.JPEG);
        assertThat(UploadedContent.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(UploadedContent.PNG);
        assertThat(UploadedContent.of(bytes('I', 'I', 42, 0, 8))).contains(UploadedContent.TIFF_LITTLE_ENDIAN);
        assertThat(UploadedContent.of(bytes('M', 'M', 0, 42, 0))).contains(UploadedContent.TIFF_BIG_ENDIAN);
        assertThat(UploadedContent.of(bytes('P', 'K', 3, 4, 20))).contains(UploadedContent.ZIP);
        assertThat(UploadedContent.PNG.mediaType()).isEqualTo("image/png");
    }

    @Test
    void aNameOrAClaimedTypeDoesNotMakeAFileOneOfThem() {
        assertThat(UploadedContent.of("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        // a truncated signature is not the format: a PNG's first four bytes without the rest, a PDF without its dash
        assertThat(UploadedContent.of(bytes(0x89, 'P', 'N', 'G'))).isEmpty();
        assertThat(UploadedContent.of("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(UploadedContent.of(new byte[0])).isEmpty();
        assertThat(UploadedContent.of(null)).isEmpty();
    }
}
