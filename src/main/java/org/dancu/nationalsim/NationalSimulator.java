package org.dancu.nationalsim;

import java.net.URI;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.function.Consumer;

import org.dancu.nationalsim.internal.Simulator;
import org.dancu.synth.ProvinceLayout;

/**
 * A reference National Population Database for the demo, tests and benchmarks: the synthetic
 * province's true population with a seeded share of deliberate disagreements, a change feed, the
 * protocol of docs/national.md with signature checks, latency and failure injection.
 */
public interface NationalSimulator extends AutoCloseable {

    /**
     * @param port              to listen on (loopback); 0 picks a free one
     * @param people            persons of the synthetic population (as the demo register's)
     * @param seed              the population's seed (as the demo register's) and the disagreements'
     * @param dataDirectory     where the synthetic files are written
     * @param latencyMillis     added to every answer
     * @param failureRate       share of requests answered by a 503, a dropped connection or a stall
     * @param disagreementShare share of persons the nation holds differently from the register
     * @param seededChangeShare share of persons with a change in the feed from the start
     * @param changesPerMinute  further changes drawn while running (0: none)
     * @param keyId             the province's key id
     * @param provinceKey       the province's Ed25519 public key
     */
    record Settings(int port, int people, long seed, Path dataDirectory, long latencyMillis, double failureRate,
                    double disagreementShare, double seededChangeShare, int changesPerMinute, String keyId,
                    PublicKey provinceKey) {
    }

    /** The simulator's own PostgreSQL database, reached as a role that may create a schema. */
    record Database(String url, String user, String password) {
    }

    /** Where the protocol answers, e.g. {@code http://127.0.0.1:8099}. */
    URI baseUrl();

    /** Persons the nation holds. */
    long persons();

    /** Persons holding each kind of deliberate disagreement (NAME, BIRTH_DATE, COMMUNE, DEAD). */
    Map<String, Long> disagreements();

    @Override
    void close();

    /** Loads the nation on first start (a loaded one is kept), then serves until closed. */
    static NationalSimulator start(Settings settings, Database database, ProvinceLayout layout,
                                   Consumer<String> progress) {
        return Simulator.start(settings, database, layout, progress);
    }
}
