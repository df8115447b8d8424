package org.dancu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dancu.linkage.CommuneTable;

/**
 * {@code dancu communes --out COMMUNES.csv}: writes the commune mapping {@code link} and {@code dedupe}
 * use (old → current commune, old commune → former district, from the locality tables bundled in the
 * jar) as a table, for the Spark runner's {@code --communes} (docs/scaling.md), so that it reads commune
 * codes as the command line does. A file for machines: codes, not names.
 */
class CommunesCommand implements Command {

    @Override
    public String name() {
        return "communes";
    }

    @Override
    public String summary() {
        return "write the commune mapping of link as a table for the Spark runner: --out";
    }

    @Override
    public String usage() {
        return "--out COMMUNES.csv\n"
                + "  writes code,current_code,former_district for every commune code the bundled locality tables know";
    }

    @Override
    public int run(List<String> arguments) {
        CommandOptions options = CommandOptions.parse(name(), arguments, Set.of("out"), Set.of());
        Path out = Path.of(options.get("out"));
        CsvOutput.checkTarget("out", out);
        List<String> lines = CommuneTable.of(BundledCommunes.mapping()).lines();
        try {
            CsvOutput.write(out, List.of(CommuneTable.HEADER), rows -> {
                for (String line : lines.subList(1, lines.size())) {
                    rows.write(line + "\n");
                }
            });
        } catch (IOException e) {
            System.err.println("dancu: could not write the results: " + e.getMessage());
            return 1;
        }
        System.out.printf("Wrote %,d commune codes to %s%n", lines.size() - 1, out);
        return 0;
    }
}
