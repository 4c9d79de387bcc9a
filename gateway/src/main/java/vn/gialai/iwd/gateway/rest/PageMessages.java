package vn.gialai.iwd.gateway.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the public pages, Vietnamese here and English in messages/msg_en.properties
 * (templates use them as {msg:…}; a key missing in either language fails the build).
 */
@MessageBundle(value = "msg", locale = "vi")
public interface PageMessages {

    @Message("Đội ngũ trí thức tỉnh Gia Lai")
    String siteTitle();

    @Message("Số liệu công khai về đội ngũ trí thức theo Kế hoạch thực hiện Nghị quyết 45-NQ/TW")
    String siteSubtitle();

    @Message("Bỏ qua, đến nội dung chính")
    String skipToContent();

    @Message("Ngôn ngữ")
    String language();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageTag();

    @Message("Số liệu cập nhật: {time}")
    String updated(String time);

    @Message("Chỉ tiêu đến năm 2030 và 2045")
    String targetsHeading();

    @Message("Mục tiêu năm {year}: {value}")
    String target(int year, String value);

    @Message("Đã đạt {progress} mục tiêu")
    String progress(String progress);

    @Message("Tiến độ so với mục tiêu năm {year}")
    String progressLabel(int year);

    @Message("Cần tăng {growth} mỗi năm")
    String requiredGrowth(String growth);

    @Message("Cơ sở tính: {basis} người")
    String basis(String basis);

    @Message("Các chỉ số khác")
    String figuresHeading();

    @Message("Chỉ số")
    String indicatorColumn();

    @Message("Giá trị")
    String valueColumn();

    @Message("Cơ cấu đội ngũ trí thức")
    String breakdownsHeading();

    @Message("Số người")
    String countColumn();

    @Message("Tỷ lệ đại học trở lên")
    String universityPlusColumn();

    @Message("Tổng số người (không trùng lặp): {total}")
    String total(String total);

    @Message("Theo đơn vị, người do hai đơn vị báo cáo được tính ở cả hai đơn vị.")
    String unitNote();

    @Message("— : số nhỏ được ẩn để không ai có thể bị nhận ra (quy tắc công bố, xem phần phương pháp của báo cáo năm).")
    String withheldNote();

    @Message("được ẩn")
    String withheld();

    @Message("Tiến độ thực hiện nhiệm vụ của Kế hoạch")
    String planHeading();

    @Message("{tasks} nhiệm vụ")
    String tasks(String tasks);

    @Message("Nhóm nhiệm vụ")
    String groupColumn();

    @Message("Tổng")
    String totalColumn();

    @Message("Tình hình báo cáo của các cơ quan")
    String agenciesHeading();

    @Message("Cơ quan")
    String agencyColumn();

    @Message("Đã nộp")
    String submittedColumn();

    @Message("Quá hạn chưa nộp")
    String missingColumn();

    @Message("Chưa đến hạn")
    String pendingColumn();

    @Message("Tỷ lệ đã nộp trên số đến hạn")
    String complianceColumn();

    @Message("Chưa có nhiệm vụ nào được ghi nhận.")
    String noTasks();

    @Message("Báo cáo năm đã công bố")
    String reportsHeading();

    @Message("Báo cáo năm {year}")
    String reportLink(int year);

    @Message("Chưa có báo cáo năm nào được công bố.")
    String noReports();

    @Message("Nguồn: Cơ sở dữ liệu đội ngũ trí thức tỉnh Gia Lai, Sở Khoa học và Công nghệ tỉnh Gia Lai.")
    String source();

    @Message("Dữ liệu mở (JSON)")
    String openData();

    @Message("Tài liệu API")
    String apiDocs();

    @Message("Báo cáo năm {year} về đội ngũ trí thức tỉnh Gia Lai")
    String annualTitle(int year);

    @Message("Bản số {revision}, công bố lúc {publishedAt}. Số liệu tính đến ngày {asOf}.")
    String revisionLine(int revision, String publishedAt, String asOf);

    @Message("Mỗi lần đính chính sau khi công bố là một bản mới; các bản trước được giữ nguyên và vẫn xem được.")
    String revisionNote();

    @Message("Về trang tổng quan")
    String backToDashboard();

    @Message("Phương pháp")
    String methodologyHeading();

    @Message("Ai được đếm")
    String whoHeading();

    @Message("Một người được đếm khi ít nhất một cơ quan, đơn vị còn báo cáo người đó trong cơ sở dữ liệu vào ngày tính số liệu. Trí thức là người có trình độ cao đẳng trở lên. Người do hai đơn vị báo cáo chỉ được đếm một lần (trừ bảng theo đơn vị). Cơ sở dữ liệu không công bố họ tên, số định danh hay ngày sinh của bất kỳ ai.")
    String whoText();

    @Message("Định nghĩa chỉ số")
    String definitionsHeading();

    @Message("Số trí thức: số người có trình độ cao đẳng trở lên. Tỷ lệ đại học trở lên: số người có trình độ đại học, thạc sĩ, tiến sĩ chia cho số trí thức. Tỷ lệ công chức đạt chuẩn: số công chức đạt chuẩn chia cho số công chức. Trí thức trẻ: người có tuổi trong năm không quá 35. Tăng trưởng cần thiết: mức tăng đều mỗi năm để đạt mục tiêu đúng năm. Trạng thái: Đạt khi đã đạt mục tiêu; Đúng tiến độ khi mức tăng cần thiết nằm trong khả năng; Có nguy cơ khi không.")
    String definitionsText();

    @Message("Quy tắc công bố")
    String disclosureHeading();

    @Message("Số liệu công khai không được để lộ thông tin về một nhóm rất nhỏ người. Các ô có ít người, cùng các ô có thể suy ra chúng từ các bảng và chỉ số khác được công bố, được ẩn và hiển thị là —. Số đã hiển thị là số chính xác.")
    String disclosureText();

    @Message("In trang này để có bản PDF khổ A4.")
    String printHint();

    @Message("Không tìm thấy báo cáo năm {year}")
    String notFoundTitle(String year);

    @Message("Báo cáo của năm này chưa được công bố, hoặc địa chỉ không đúng.")
    String notFoundText();

    @Message("Số liệu tạm thời chưa hiển thị được")
    String unavailableTitle();

    @Message("Hệ thống đang bận hoặc đang bảo trì. Vui lòng thử lại sau ít phút.")
    String unavailableText();

    @Message("Xu hướng và dự báo đến năm 2030, 2045")
    String trendHeading();

    @Message("{title}: số liệu các năm (đường liền), dự báo theo mức tăng đã quan sát (đường đứt), mục tiêu (chấm tròn)")
    String trendChartTitle(String title);

    @Message("Năm")
    String yearColumn();

    @Message("Loại số liệu")
    String kindColumn();

    @Message("Dự báo")
    String projected();

    @Message("Số liệu")
    String observed();

    @Message("Giá trị cuối mỗi năm; các năm chưa đến được dự báo theo mức tăng bình quân đã quan sát, chỉ từ số liệu đã công bố.")
    String trendNote();

    @Message("Kết quả đóng góp của đội ngũ trí thức")
    String contributionsHeading();

    @Message("Chưa có đóng góp nào được báo cáo.")
    String noContributions();

    @Message("Đóng góp theo loại và cấp (mọi năm)")
    String contributionsCaption();

    @Message("Đóng góp trong năm theo loại")
    String contributionsOfYearCaption();

    @Message("Loại đóng góp")
    String contributionTypeColumn();

    @Message("Số đóng góp")
    String contributionsColumn();

    @Message("Số người đóng góp")
    String contributorsColumn();

    @Message("Tổng: {total} đóng góp của {contributors} người.")
    String contributionsTotal(String total, String contributors);

    @Message("Một đóng góp do hai đơn vị báo cáo cho cùng một người được tính một lần.")
    String contributionsNote();
}
