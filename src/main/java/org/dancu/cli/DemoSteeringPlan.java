package org.dancu.cli;

import java.time.LocalDate;
import java.util.List;

import org.dancu.cleansing.CleansingIndicators;
import org.dancu.payments.PaymentsIndicators;
import org.dancu.register.RegisterIndicators;
import org.dancu.services.ServicesIndicators;
import org.dancu.steering.DemoPlan;
import org.dancu.steering.DemoPlan.Theme;
import org.dancu.steering.DemoPlan.Trajectory;
import org.springframework.stereotype.Component;

/**
 * The demo's steering plan, naming the register's and cleansing's indicators by their modules' constants: the
 * themes of Project 06 a province committee follows, and a believable path of each indicator over the months
 * before the demo starts.
 */
@Component
class DemoSteeringPlan implements DemoPlan {

    private static final List<Trajectory> TRAJECTORIES = List.of(
            new Trajectory(RegisterIndicators.VALID_PIN, 94, 0.3, -1, 1),
            new Trajectory(RegisterIndicators.COMPLETE, 76, 0.7, -1, 1),
            new Trajectory(CleansingIndicators.LAND, 35, 3.2, -1, 0.25),
            new Trajectory(CleansingIndicators.LABOUR, 45, 2.6, 12, 0.3),
            new Trajectory(CleansingIndicators.CONSTRUCTION, 25, 3.6, -1, 0.04),
            new Trajectory(CleansingIndicators.TAX, 73, 1.3, -1, 0.2),
            new Trajectory(CleansingIndicators.BANKING, 62, 1.4, -1, 0.45));

    @Override
    public String residents() {
        return RegisterIndicators.VALID_PIN;
    }

    @Override
    public List<Trajectory> trajectories() {
        return TRAJECTORIES;
    }

    @Override
    public List<Theme> themes(LocalDate today) {
        int year = today.getYear();
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return List.of(
                new Theme("Làm sạch dữ liệu đất đai, nhà ở gắn với số định danh cá nhân", "SO_NNMT",
                        List.of("SO_XD", "CONG_AN"), LocalDate.of(year + 1, 6, 30), CleansingIndicators.LAND, 90),
                new Theme("Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính", "VP_UBND",
                        List.of("SO_KHCN"), LocalDate.of(year + 1, 3, 31), null, 0),
                new Theme("Làm sạch dữ liệu lao động, việc làm và bảo hiểm xã hội", "SO_NV",
                        List.of("BHXH"), endOfYear, CleansingIndicators.LABOUR, 90),
                new Theme("Làm sạch dữ liệu xây dựng, cấp phép xây dựng", "SO_XD",
                        List.of("SO_NNMT"), LocalDate.of(year + 1, 3, 31), CleansingIndicators.CONSTRUCTION, 90),
                new Theme("Làm sạch dữ liệu thuế gắn với số định danh", "THUE",
                        List.of("CONG_AN"), endOfYear, CleansingIndicators.TAX, 95),
                new Theme("Đối chiếu dữ liệu tài khoản ngân hàng với dữ liệu dân cư", "NHNN",
                        List.of("CONG_AN"), endOfYear, CleansingIndicators.BANKING, 95),
                new Theme("Chi trả an sinh xã hội không dùng tiền mặt", "BHXH",
                        List.of("SO_YT", "NHNN"), endOfYear, PaymentsIndicators.SOCIAL_NONCASH, 85),
                new Theme("Cung cấp trực tuyến 25 dịch vụ công thiết yếu", "VP_UBND",
                        List.of("CONG_AN", "SO_KHCN"), endOfYear, ServicesIndicators.ONLINE_ESSENTIAL, 98),
                new Theme("Giải quyết hồ sơ thủ tục hành chính đúng hạn", "VP_UBND",
                        List.of("CONG_AN", "BHXH", "SO_NNMT"), LocalDate.of(year + 1, 6, 30),
                        ServicesIndicators.ON_TIME, 98),
                new Theme("Bảo đảm số định danh cá nhân hợp lệ cho mọi công dân", "CONG_AN",
                        List.of("SO_TP"), endOfYear, RegisterIndicators.VALID_PIN, 100),
                new Theme("Hoàn thiện các trường thông tin bắt buộc của dữ liệu dân cư", "CONG_AN",
                        List.of("SO_TP"), today.withDayOfMonth(1).minusMonths(2).minusDays(1),
                        RegisterIndicators.COMPLETE, 95));
    }
}
