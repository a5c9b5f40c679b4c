package org.genaikg.map;

/** Turns the rows of one kind of table into triples. */
public interface TableMapper {
    void map(MappingContext context);
}
