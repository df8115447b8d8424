package org.dancu.results.rendition;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** What a QR code is drawn from reads back from the image, a link and a long signed payload alike. */
class QrCodesTest {

    /** Reads the code as a scanner would a print: each module several pixels wide. */
    private static String read(BufferedImage drawn) throws Exception {
        int scale = 4;
        BufferedImage image = new BufferedImage(drawn.getWidth() * scale, drawn.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        image.createGraphics().drawImage(drawn, 0, 0, image.getWidth(), image.getHeight(), null);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    @Test
    void theOnlineLinkAndAnOfflinePayloadReadBack() throws Exception {
        String link = "https://dichvucong.dienbien.gov.vn/r/q9Xk2mB7Tn0aZ4cV8pLw1Q";
        assertThat(read(QrCodes.draw(link))).isEqualTo(link);
        String payload = "VN1:" + "6BF+-QK9%EIOD7/A8$TG$4".repeat(20);
        assertThat(read(QrCodes.draw(payload))).isEqualTo(payload);
    }
}
