package org.dancu.cli;

import java.util.List;

import org.dancu.banksim.SimulatedAccounts;
import org.dancu.civil.Pin;
import org.dancu.payments.DemoBanks;
import org.springframework.stereotype.Component;

/** The demo pays through the simulated banks, so its beneficiaries' accounts are the simulator's. */
@Component
class DemoSimulatedBanks implements DemoBanks {

    @Override
    public List<String> bins() {
        return SimulatedAccounts.BANK_BINS;
    }

    @Override
    public String numberOf(Pin holder) {
        return SimulatedAccounts.numberOf(holder);
    }
}
