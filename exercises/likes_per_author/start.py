for user in User.objects.order_by('pk'):
    total = 0
    for article in user.article_set.all():
        total += article.like_users.count()
    print(user.username, total)
