// Public API of @kitsu-ayon/runner-node. Nothing is exported yet: see README.md for what this package will hold.
export {};
