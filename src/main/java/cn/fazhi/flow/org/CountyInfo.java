package cn.fazhi.flow.org;

/** A county as the installation's operator sees it: what it is called and how many townships and users it has. */
public record CountyInfo(long id, String code, String name, int townships, int users) {}
