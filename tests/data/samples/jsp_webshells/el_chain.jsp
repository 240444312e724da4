<%-- synthetic test sample for breachscan: EL chain taking method names from parameters. Inert: wrapped in a JSP comment-free disabled block below. --%>
<c:if test="${false}">${""[param.a]()[param.b](param.c)[param.d]()}</c:if>
