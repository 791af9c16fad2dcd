for user in User.objects.order_by('pk'):
    print(user.username)
    for article in user.article_set.order_by('-pk'):
        print('  ', article.title, article.comment_set.count())
