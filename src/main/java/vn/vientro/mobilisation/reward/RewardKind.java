package vn.vientro.mobilisation.reward;

/** The form of a reward (hình thức khen thưởng). */
public enum RewardKind {
    /** Certificate of merit of the chairman of the Provincial People's Committee (Bằng khen của Chủ tịch UBND tỉnh). */
    PC_CHAIRMAN_MERIT,
    /** Certificate of merit of a minister (Bằng khen của Bộ trưởng). */
    MINISTER_MERIT,
    /** Certificate of merit of a department's director (Giấy khen của Giám đốc Sở). */
    DEPARTMENT_MERIT,
    /** Medal "For peace and friendship among nations" (Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc). */
    FRIENDSHIP_MEDAL,
    /** Another commemorative medal (kỷ niệm chương). */
    COMMEMORATIVE_MEDAL,
    OTHER
}
