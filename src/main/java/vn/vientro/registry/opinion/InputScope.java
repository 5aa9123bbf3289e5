package vn.vientro.registry.opinion;

/**
 * Which agencies' inputs a reader of an opinion sees.
 *
 * @param secrets also the confidential ones (a security agency's), with what they answered
 * @param all     every agency's, rather than only those of {@code agency}
 */
record InputScope(boolean secrets, boolean all, long agency) {

    /** None at all: for code that needs the opinion only (a notice names the organisation). */
    static final InputScope NONE = new InputScope(false, false, -1);
}
