package org.dancu.citizen.corrections;

import java.util.EnumMap;
import java.util.Map;

import org.dancu.register.CorrectionClaim;
import org.dancu.register.PersonField;

/**
 * What the citizen typed on the "this is wrong" form: a box per field they may say is wrong (left empty
 * when it is right) and their explanation. Any other parameter, a personal ID among them, is not read:
 * whose record it is comes from the signed-in citizen only.
 */
final class CorrectionForm {

    static final String EXPLANATION = "explanation";

    private CorrectionForm() {
    }

    static CorrectionClaim claim(Map<String, String> form) {
        Map<PersonField, String> proposed = new EnumMap<>(PersonField.class);
        for (PersonField field : CorrectionClaim.FIELDS) {
            String value = form.get(field.name());
            if (value != null && !value.isBlank()) {
                proposed.put(field, value);
            }
        }
        return new CorrectionClaim(proposed, form.get(EXPLANATION));
    }
}
