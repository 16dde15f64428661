package org.insights.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MerchantIndexBuilderTest {

  private static final String HEADER = "path,displayName,id,brand,name,brand_wikidata,osm_key_value,include,exclude,matchNames";

  /** @return the index's data lines built from NSI-style rows */
  private static List<String> build(Path dir, String... rows) throws Exception {
    Path in = dir.resolve("nsi.csv");
    Path out = dir.resolve("index.tsv");
    Files.write(in, List.of(HEADER + "\n" + String.join("\n", rows)), StandardCharsets.UTF_8);
    MerchantIndexBuilder.main(new String[] {in.toString(), out.toString()});
    return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
  }

  @Test
  void test_build_stateListedUsBrandsMergedEntriesAndShopNames(@TempDir Path dir) throws Exception {
    List<String> index = build(dir,
        // A US brand listed by state only is a US brand.
        "brands/amenity/fuel,Sheetz,sheetz-1,Sheetz,Sheetz,Q1,amenity/fuel,us-pa.geojson us-oh.geojson,,",
        // Two kinds of shop of one category: the second entry's match name joins the first's patterns.
        "brands/shop/beauty,Ulta Beauty,ulta-1,Ulta Beauty,Ulta Beauty,Q2,shop/beauty,us,,",
        "brands/shop/cosmetics,Ulta Beauty,ulta-2,Ulta Beauty,Ulta Beauty,Q2,shop/cosmetics,us,,ulta",
        // A shop's name that shares no word with its brand is not the brand's pattern.
        "brands/shop/convenience,Lukoil,lukoil-1,Lukoil,Mini Mart,Q3,shop/convenience,us,,",
        // A country this project does not serve: left out.
        "brands/shop/supermarket,Carrefour,carrefour-1,Carrefour,Carrefour,Q4,shop/supermarket,fr,,");
    assertThat(index).contains("SHEETZ\tSheetz\tfuel\tUS");
    assertThat(index).anySatisfy(l -> assertThat(l).startsWith("ULTA BEAUTY|ULTA\tUlta Beauty\tpersonal_care"));
    assertThat(index).contains("LUKOIL\tLukoil\tconvenience\tUS");
    assertThat(index).noneMatch(l -> l.contains("MINI MART"));
    assertThat(index).noneMatch(l -> l.contains("CARREFOUR"));
  }
}
