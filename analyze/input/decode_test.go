package input

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite the generated encoding fixtures in testdata/encodings")

// Texts written for these tests, long enough for charset detection to be
// sure, with each language's own letters.
var samples = map[string]string{
	"fr": "L’équipe municipale a présenté jeudi soir son projet de rénovation du théâtre. Les travaux, estimés à 12 millions d’euros, débuteront à l’automne et dureront deux ans. « Nous voulons un lieu ouvert à tous », a déclaré la maire, qui espère une réouverture avant l’été 2027. Les riverains s’inquiètent déjà du bruit et des rues fermées.",
	"de": "Die Stadtverwaltung hat am Donnerstag ihre Pläne für die Renovierung des Theaters vorgestellt. Die Arbeiten sollen im Herbst beginnen und zwei Jahre dauern. Die Bürgermeisterin sagte, man wolle einen Ort für alle schaffen. Anwohner äußerten Sorgen über Lärm, gesperrte Straßen und höhere Gebühren für das Parken.",
	"es": "El ayuntamiento presentó el jueves su proyecto de renovación del teatro. Las obras, que costarán doce millones de euros, comenzarán en otoño y durarán dos años. «Queremos un lugar abierto a todos», declaró la alcaldesa, que espera reabrir antes del verano. Los vecinos ya se quejan del ruido y de las calles cortadas.",
	"ru": "Городская администрация в четверг представила проект реконструкции театра. Работы начнутся осенью и продлятся два года. Мэр заявила, что город хочет создать место, открытое для всех жителей. Соседи уже жалуются на шум, перекрытые улицы и рост платы за парковку в центре города.",
	"pl": "Władze miasta przedstawiły w czwartek projekt remontu teatru. Prace rozpoczną się jesienią i potrwają dwa lata. Pani burmistrz powiedziała, że miasto chce stworzyć miejsce otwarte dla wszystkich. Mieszkańcy już skarżą się na hałas, zamknięte ulice i wyższe opłaty za parkowanie w śródmieściu.",
	"en": "The city council presented its plan to renovate the theatre on Thursday. Work will start in the autumn and last two years. The mayor said the city wants a place that is open to everyone. Residents already complain about noise, closed streets and higher parking fees in the centre.",
}

// fixtures are generated from samples with golang.org/x/text encoders.
var fixtures = []struct {
	file, lang, wantEncoding string
	enc                      encoding.Encoding
	prefix                   []byte
}{
	{"fr-windows-1252.txt", "fr", "windows-1252", charmap.Windows1252, nil},
	{"de-iso-8859-1.txt", "de", "windows-1252", charmap.ISO8859_1, nil},
	{"es-utf-8-bom.txt", "es", "utf-8", nil, []byte{0xEF, 0xBB, 0xBF}},
	{"ru-windows-1251.txt", "ru", "windows-1251", charmap.Windows1251, nil},
	{"ru-koi8-r.txt", "ru", "koi8-r", charmap.KOI8R, nil},
	{"pl-iso-8859-2.txt", "pl", "iso-8859-2", charmap.ISO8859_2, nil},
	{"en-utf-16le-bom.txt", "en", "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), nil},
	{"de-utf-16be-bom.txt", "de", "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), nil},
	{"fr-utf-16le-no-bom.txt", "fr", "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), nil},
	{"pl-utf-8.txt", "pl", "utf-8", nil, nil},
}

func TestEncodingFixtures(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.file, func(t *testing.T) {
			path := filepath.Join("testdata", "encodings", f.file)
			want := samples[f.lang]
			if *update {
				b := []byte(want)
				if f.enc != nil {
					var err error
					if b, err = f.enc.NewEncoder().Bytes(b); err != nil {
						t.Fatal(err)
					}
				}
				if err := os.WriteFile(path, append(f.prefix, b...), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to generate)", err)
			}
			d, err := Decode(raw)
			if err != nil {
				t.Fatal(err)
			}
			if d.Encoding != f.wantEncoding {
				t.Errorf("encoding = %q, want %q", d.Encoding, f.wantEncoding)
			}
			if d.Text != want {
				t.Errorf("text = %q\nwant %q", d.Text, want)
			}
			if len(d.Warnings) > 0 {
				t.Errorf("warnings = %v", d.Warnings)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	tests := []struct {
		name         string
		in           []byte
		wantText     string
		wantEncoding string
		wantWarnings []string
		wantErr      error
	}{
		{"empty", nil, "", "utf-8", nil, nil},
		{"ascii", []byte("Hello"), "Hello", "utf-8", nil, nil},
		{"bom only", []byte{0xEF, 0xBB, 0xBF}, "", "utf-8", nil, nil},
		{"png", png, "", "", nil, ErrBinary},
		{"text that opens like a bitmap", []byte("BMW a annoncé mardi à Munich un nouveau modèle électrique."), "BMW a annoncé mardi à Munich un nouveau modèle électrique.", "utf-8", nil, nil},
		{"text that opens like a PDF", []byte("%PDF-1.7 est la version de la norme ISO 32000."), "%PDF-1.7 est la version de la norme ISO 32000.", "utf-8", nil, nil},
		{"bitmap", []byte("BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00"), "", "", nil, ErrBinary},
		{"control bytes", bytes.Repeat([]byte{1, 2, 3, 'a'}, 100), "", "", nil, ErrBinary},
		{"nul inside text", []byte("Bonjour\x00 le monde"), "Bonjour le monde", "utf-8", []string{"nul_removed"}, nil},
		{"stray byte in utf-8", []byte("Genève, Zürich et \xe9t\xe9 à Paris"), "Genève, Zürich et \uFFFDt\uFFFD à Paris", "utf-8", []string{"invalid_utf8"}, nil},
		{"utf-16be without bom", []byte("\x00H\x00e\x00l\x00l\x00o\x00 \x00w\x00o\x00r\x00l\x00d"), "Hello world", "utf-16be", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if d.Text != tt.wantText || d.Encoding != tt.wantEncoding || strings.Join(d.Warnings, ",") != strings.Join(tt.wantWarnings, ",") {
				t.Errorf("Decode = %q %q %v, want %q %q %v", d.Text, d.Encoding, d.Warnings, tt.wantText, tt.wantEncoding, tt.wantWarnings)
			}
		})
	}
}
