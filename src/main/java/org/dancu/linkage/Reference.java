package org.dancu.linkage;

import java.util.List;
import java.util.stream.IntStream;

/** The reference side of linkage, normalised once: records, name counts for term frequencies, blocking index. */
final class Reference {

    /** Largest block looked up; a bigger one (a very common name in one year) tells too little to be worth it. */
    static final int BLOCK_CAP = 1_000;

    final Prepared[] records;
    final BlockIndex index;
    final CommuneMapping communes;
    final TermShares shares;

    Reference(List<PersonRecord> list, CommuneMapping communes) {
        this.communes = communes;
        records = prepare(list, communes);
        shares = TermShares.count(records);
        index = new BlockIndex(records);
    }

    static Prepared[] prepare(List<PersonRecord> list, CommuneMapping communes) {
        Prepared[] prepared = new Prepared[list.size()];
        IntStream.range(0, prepared.length).parallel().forEach(i -> prepared[i] = new Prepared(list.get(i), communes));
        return prepared;
    }

    int size() {
        return records.length;
    }
}
