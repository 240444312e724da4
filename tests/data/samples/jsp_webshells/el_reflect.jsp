<%-- synthetic test sample for breachscan: EL expression reaching Runtime.exec by reflection. Inert: returns before anything runs. --%>
<c:if test="${false}">${"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null)}</c:if>
