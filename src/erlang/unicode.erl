%% unicode: the parts of OTP 25's unicode module beside characters_to_list/1,2
%% and characters_to_binary/1,2,3 (natives of the VM). Our own implementation.
%% The normalisation functions (characters_to_nf*) are not provided.
-module(unicode).

-export([bom_to_encoding/1, encoding_to_bom/1]).

bom_to_encoding(<<239, 187, 191, _/binary>>) -> {utf8, 3};
bom_to_encoding(<<0, 0, 254, 255, _/binary>>) -> {{utf32, big}, 4};
bom_to_encoding(<<255, 254, 0, 0, _/binary>>) -> {{utf32, little}, 4};
bom_to_encoding(<<254, 255, _/binary>>) -> {{utf16, big}, 2};
bom_to_encoding(<<255, 254, _/binary>>) -> {{utf16, little}, 2};
bom_to_encoding(Bin) when is_binary(Bin) -> {latin1, 0}.

encoding_to_bom(unicode) -> <<239, 187, 191>>;
encoding_to_bom(utf8) -> <<239, 187, 191>>;
encoding_to_bom(utf16) -> <<254, 255>>;
encoding_to_bom({utf16, big}) -> <<254, 255>>;
encoding_to_bom({utf16, little}) -> <<255, 254>>;
encoding_to_bom(utf32) -> <<0, 0, 254, 255>>;
encoding_to_bom({utf32, big}) -> <<0, 0, 254, 255>>;
encoding_to_bom({utf32, little}) -> <<255, 254, 0, 0>>;
encoding_to_bom(latin1) -> <<>>.
