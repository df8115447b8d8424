package org.dancu.results.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.results.IssuedResult;
import org.dancu.results.NewResult;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultRefusedException;
import org.dancu.results.ResultStatus;
import org.dancu.results.seal.ResultSeal;
import org.dancu.results.seal.Sealed;
import org.dancu.security.AgencyDirectory;
import org.springframework.stereotype.Component;

/**
 * Makes new results ready to store: checks what was asked (refusing in words, storing nothing),
 * numbers them, gives each an unguessable public id, and seals each: one signature over its minimal claims
 * and the hash of its canonical record, which is also its offline QR's text.
 */
@Component
public class ResultIssuing {

    /** The longest legal basis, officer, dossier code, field name or field value kept. */
    static final int MAX_TEXT = 1000;
    private static final int PUBLIC_ID_BYTES = 16;

    private final HolderCheck holders;
    private final ResultRecords records;
    private final ResultSeal seal;
    private final AgencyDirectory agencies;
    private final Localities localities;
    private final SecureRandom random = new SecureRandom();

    ResultIssuing(HolderCheck holders, ResultRecords records, ResultSeal seal, AgencyDirectory agencies,
                  Localities localities) {
        this.holders = holders;
        this.records = records;
        this.seal = seal;
        this.agencies = agencies;
        this.localities = localities;
    }

    /**
     * The new results, valid, numbered and sealed (one signature each), not yet stored: every request checked
     * first, the holders read from the register once for all, the numbers and status entries drawn in one
     * statement each.
     *
     * @throws ResultRefusedException naming what is wrong with the first request refused (then none is issued)
     */
    public List<Result> issueAll(List<NewResult> requests, Instant now) {
        if (requests.isEmpty()) {
            return List.of();
        }
        requests.forEach(this::checkText);
        List<HolderCheck.Holders> checked = holders.check(requests.stream().map(NewResult::holders).toList());
        Instant issuedAt = now.truncatedTo(ChronoUnit.MICROS);
        int year = issuedAt.atZone(ProvinceTime.VIETNAM).getYear();
        String province = provinceCode();
        List<Long> numbers = records.nextNumbers(requests.size());
        List<Integer> entries = seal.allocate(requests.size());
        List<Result> issued = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            NewResult request = requests.get(i);
            ResultCode code = ResultCode.of(province, request.type(), year, numbers.get(i));
            issued.add(sealed(request, code, issuedAt, entries.get(i), checked.get(i)));
        }
        return issued;
    }

    private Result sealed(NewResult request, ResultCode code, Instant issuedAt, int statusIndex,
                          HolderCheck.Holders register) {
        String publicId = publicId();
        byte[] canonical = CanonicalRecord.of(content(request, code, publicId, issuedAt, null, null, statusIndex));
        byte[] hash = CanonicalRecord.hash(canonical);
        Sealed sealed = seal.seal(content(request, code, publicId, issuedAt, hash, null, statusIndex),
                register.names());
        IssuedResult result = content(request, code, publicId, issuedAt, hash, sealed.keyId(), statusIndex);
        String commune = request.parcel() != null ? request.parcel().communeCode() : register.communeCode();
        return Result.issue(result, new SealedRecord(canonical, sealed.offlineText()), commune);
    }

    private static IssuedResult content(NewResult r, ResultCode code, String publicId, Instant issuedAt, byte[] hash,
                                        String keyId, int statusIndex) {
        return new IssuedResult(code, publicId, r.type(), r.holders(), r.agencyCode(), r.officer().strip(),
                r.legalBasis().strip(), blankToNull(r.dossierCode()), r.fields(), r.parcel(), r.provenance(),
                ResultStatus.VALID, null, null, issuedAt, null, hash, keyId, statusIndex);
    }

    private void checkText(NewResult request) {
        if (!agencies.exists(request.agencyCode())) {
            throw new ResultRefusedException("results.error.agency");
        }
        if (blank(request.officer()) || request.officer().length() > MAX_TEXT) {
            throw new ResultRefusedException("results.error.officer");
        }
        if (blank(request.legalBasis()) || request.legalBasis().length() > MAX_TEXT) {
            throw new ResultRefusedException("results.error.legal-basis");
        }
        if (request.dossierCode() != null && request.dossierCode().length() > MAX_TEXT) {
            throw new ResultRefusedException("results.error.dossier");
        }
        if (request.type().carriesParcel() != (request.parcel() != null)) {
            throw new ResultRefusedException(request.parcel() == null ? "results.error.parcel.missing"
                    : "results.error.parcel.unexpected");
        }
        if (request.parcel() != null && (blank(request.parcel().communeCode()) || blank(request.parcel().mapSheet())
                || blank(request.parcel().parcelNumber()))) {
            throw new ResultRefusedException("results.error.parcel.missing");
        }
        if (request.fields().isEmpty()) {
            throw new ResultRefusedException("results.error.fields.none");
        }
        for (ResultField field : request.fields()) {
            if (!field.name().matches("[A-Za-z][A-Za-z0-9._-]{0,63}") || blank(field.value())
                    || field.value().length() > MAX_TEXT) {
                throw new ResultRefusedException("results.error.field", field.name());
            }
        }
    }

    /** 128 random bits, base64url without padding: 22 characters. */
    private String publicId() {
        byte[] bytes = new byte[PUBLIC_ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String provinceCode() {
        return "%03d".formatted(Integer.parseInt(localities.deploymentProvince().code()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
