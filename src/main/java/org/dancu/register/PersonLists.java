package org.dancu.register;

import org.dancu.steering.RecordLinks;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the register lists the persons behind a figure over its living residents: the register's own
 * quality indicators and those of {@link CountedPersons}.
 */
public final class PersonLists {

    /** The page listing the persons behind a figure. */
    public static final String QUALITY_LIST = "/register/quality";

    private PersonLists() {
    }

    /** The persons of the numerator (meeting the figure's condition) and of the denominator (every living resident), of a current commune or the province (null). */
    public static RecordLinks of(String indicator, String communeCode) {
        UriComponentsBuilder list = UriComponentsBuilder.fromPath(QUALITY_LIST).queryParam("indicator", indicator);
        if (communeCode != null) {
            list.queryParam("commune", communeCode);
        }
        return new RecordLinks(list.cloneBuilder().queryParam("meets", true).encode().build().toUriString(),
                list.encode().build().toUriString());
    }
}
