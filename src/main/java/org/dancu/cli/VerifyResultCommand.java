package org.dancu.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.dancu.results.seal.OfflineClaims;
import org.dancu.results.seal.OfflineVerdict;
import org.dancu.results.seal.OfflineVerifier;
import org.dancu.results.seal.QrImages;
import org.dancu.results.seal.StatusList;
import org.dancu.results.seal.TrustList;

/**
 * Checks a result's offline QR with no network and no database, against a trust list and the status lists given:
 * exit 0 with the minimal fields when authentic and valid, 1 with the reason when not authentic, revoked or
 * superseded, 2 when the input cannot be read. The contract scripts rely on (docs/results.md).
 */
class VerifyResultCommand implements Command {

    static final int NOT_RELIED = 1;
    static final int UNREADABLE = 2;
    /** Where the demo's trust list is kept, beside its data, when no --trust-list is given. */
    static final Path DEFAULT_TRUST_LIST = Path.of("data", "results-trust-list.json");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Override
    public String name() {
        return "verify-result";
    }

    @Override
    public String summary() {
        return "check a result's offline QR against the trust list; exit 0 if authentic and valid, 1 if not";
    }

    @Override
    public String usage() {
        return "--text PAYLOAD | --image FILE [--trust-list FILE] [--status-lists FILE,FILE...]\n"
                + "  --text         the QR's text (VN1:...)\n"
                + "  --image        a PNG or JPEG picture of the QR\n"
                + "  --trust-list   the province's trust list (/results/trust-list); by default " + DEFAULT_TRUST_LIST + "\n"
                + "  --status-lists the status lists (/results/status/N) to check revocation against\n"
                + "  exit 0: authentic and valid (the minimal fields are printed); 1: not authentic, signed by an\n"
                + "  unknown or withdrawn key, revoked or superseded (the reason is printed); 2: unreadable input";
    }

    @Override
    public int run(List<String> arguments) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        CommandOptions options = CommandOptions.parse(name(), arguments, Set.of(),
                Set.of("text", "image", "trust-list", "status-lists"));
        if (options.has("text") == options.has("image")) {
            throw new IllegalArgumentException("give either --text or --image");
        }
        Optional<String> text;
        TrustList trust;
        Map<Integer, StatusList> lists = new HashMap<>();
        try {
            trust = TrustList.fromJson(read(options.has("trust-list") ? Path.of(options.get("trust-list"))
                    : DEFAULT_TRUST_LIST));
            if (options.has("status-lists")) {
                for (String file : options.get("status-lists").split(",")) {
                    StatusList list = StatusList.fromCredentialJson(read(Path.of(file.strip())));
                    lists.put(list.listId(), list);
                }
            }
            text = options.has("text") ? Optional.of(options.get("text")) : qrIn(Path.of(options.get("image")));
        } catch (IOException | IllegalArgumentException e) {
            err.println("dancu: unreadable input: " + e.getMessage());
            return UNREADABLE;
        }
        if (text.isEmpty()) {
            err.println("dancu: unreadable input: no QR code found in the picture");
            return UNREADABLE;
        }
        OfflineVerdict verdict = new OfflineVerifier(trust, lists).verify(text.get());
        return report(verdict, out, err);
    }

    private static int report(OfflineVerdict verdict, PrintStream out, PrintStream err) {
        String asOf = verdict.statusAt() == null ? "" : " (status as of " + MOMENT.format(verdict.statusAt()) + ")";
        switch (verdict.outcome()) {
            case VALID -> {
                out.println("authentic and valid" + (verdict.statusAt() == null
                        ? " (status not checked: no status list holds it)" : asOf));
                print(verdict.claims(), out);
                return 0;
            }
            case UNREADABLE -> {
                err.println("dancu: unreadable input: not the text of a result's offline QR (VN1:...)");
                return UNREADABLE;
            }
            case REVOKED -> out.println("revoked" + asOf + ": " + verdict.claims().code());
            case SUPERSEDED -> out.println("superseded by a newer result" + asOf + ": " + verdict.claims().code());
            case UNKNOWN_KEY -> out.println("not authentic: signed by a key that is not on the trust list");
            case WITHDRAWN_KEY -> out.println("not authentic: signed by a withdrawn key or outside its signing window");
            case NOT_AUTHENTIC -> out.println("not authentic: the QR was changed or forged");
        }
        return NOT_RELIED;
    }

    private static void print(OfflineClaims claims, PrintStream out) {
        out.println("code: " + claims.code());
        out.println("issued: " + DAY.format(claims.issuedAt()));
        out.println("agency: " + claims.agencyCode());
        for (OfflineClaims.Holder holder : claims.holders()) {
            out.println("holder: " + holder.name() + ", born " + holder.birthYear() + ", ID " + holder.maskedId());
        }
        claims.keyFields().forEach((name, value) -> out.println(name + ": " + value));
    }

    private static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no file " + file);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Optional<String> qrIn(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no file " + file);
        }
        BufferedImage picture = ImageIO.read(file.toFile());
        if (picture == null) {
            throw new IOException(file + " is not a PNG or JPEG picture");
        }
        return QrImages.text(picture);
    }
}
