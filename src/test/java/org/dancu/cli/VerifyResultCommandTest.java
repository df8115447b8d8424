package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import org.dancu.results.IssuedResult;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.results.seal.PublishedLists;
import org.dancu.results.seal.StatusList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs {@code dancu verify-result} as the jar does, with no database, on QR texts and pictures of results issued
 * by the application and the trust list and status lists it published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerifyResultCommandTest {

    @Autowired ApplicationContext context;
    @Autowired Results results;
    @Autowired PublishedLists published;
    @TempDir Path directory;

    private final CommandConsole console = new CommandConsole();

    @Test
    void anAuthenticValidResultExitsZeroWithItsMinimalFieldsFromTextOrPicture() throws Exception {
        IssuedResult result = ResultsFixtures.issued(context);
        String text = results.offlineText(result.code()).orElseThrow();
        Path trust = trustList();

        assertThat(console.dancu("verify-result", "--text", text, "--trust-list", trust.toString())).isZero();
        assertThat(console.printed()).contains("authentic and valid (status not checked", "code: " + result.code().value(),
                "holder: ", result.holders().get(0).masked()).doesNotContain(result.holders().get(0).value());

        console.clear();
        assertThat(console.dancu("verify-result", "--image", picture(text).toString(), "--trust-list", trust.toString(),
                "--status-lists", statusList(result).toString())).isZero();
        assertThat(console.printed()).contains("authentic and valid (status as of ", "code: " + result.code().value());
    }

    @Test
    void aChangedTextOrARevokedResultExitsOneWithTheReason() throws Exception {
        IssuedResult result = ResultsFixtures.issued(context);
        String text = results.offlineText(result.code()).orElseThrow();
        Path trust = trustList();
        char last = text.charAt(text.length() - 1);
        String changed = text.substring(0, text.length() - 1) + (last == '0' ? '1' : '0');

        assertThat(console.dancu("verify-result", "--text", changed, "--trust-list", trust.toString())).isOne();
        assertThat(console.printed()).contains("not authentic");

        results.revoke(result.code(), "cấp nhầm", ResultsFixtures.OFFICER);
        Path revoked = awaitRevoked(result);
        console.clear();
        assertThat(console.dancu("verify-result", "--text", text, "--trust-list", trust.toString(),
                "--status-lists", revoked.toString())).isOne();
        assertThat(console.printed()).contains("revoked (status as of ");
    }

    @Test
    void unreadableInputExitsTwo() throws Exception {
        Path trust = trustList();
        Path blank = directory.resolve("blank.png");
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        Path notAPicture = Files.writeString(directory.resolve("note.png"), "not a picture");

        assertThat(console.dancu("verify-result", "--text", "hello", "--trust-list", trust.toString())).isEqualTo(2);
        assertThat(console.dancu("verify-result", "--image", blank.toString(), "--trust-list", trust.toString()))
                .isEqualTo(2);
        assertThat(console.errors()).contains("no QR code found");
        assertThat(console.dancu("verify-result", "--image", notAPicture.toString(), "--trust-list", trust.toString()))
                .isEqualTo(2);
        assertThat(console.dancu("verify-result", "--text", "VN1:X", "--trust-list",
                directory.resolve("none.json").toString())).isEqualTo(2);
        assertThat(console.dancu("verify-result", "--trust-list", trust.toString())).isEqualTo(2);
    }

    @Test
    void helpListsTheCommand() {
        assertThat(console.dancu("--help")).isZero();
        assertThat(console.printed()).contains("verify-result");
    }

    private Path trustList() throws IOException {
        return Files.writeString(directory.resolve("trust-list.json"), published.trustList().toJson());
    }

    private Path statusList(IssuedResult result) throws IOException {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            Map<Integer, String> lists = published.statusCredentials();
            return Files.writeString(directory.resolve("status.json"), lists.get(StatusList.listOf(result.statusIndex())));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The list once the revocation, published after the commit, is in it. */
    private Path awaitRevoked(IssuedResult result) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            Path file = statusList(result);
            if (StatusList.fromCredentialJson(Files.readString(file)).status(result.statusIndex())
                    == org.dancu.results.ResultStatus.REVOKED) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the revocation never reached the status list");
    }

    private Path picture(String text) throws IOException, WriterException {
        Path file = directory.resolve("qr.png");
        MatrixToImageWriter.writeToPath(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300), "png", file);
        return file;
    }
}
